using System.Text;
using CsCheck;
using PlanBot.Domain.Import;

namespace PlanBot.Domain.Tests.Import;

/// <summary>
/// Mutated documents: the parser returns a complete plan or throws <see cref="PlanFormatException"/> with a line in
/// the document — never another exception, never a partial plan — and a BOM or CRLF line ends change nothing.
/// </summary>
public sealed class PlanDocumentParserPropertyTests
{
    private const int Cases = 200;

    private static readonly string[] SeedLines = SeedDocument.Text.Split('\n');

    private static readonly Gen<string> MutatedDocument =
        Gen.Select(Gen.Int[0, 9], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Gen.String)
            .Select((kind, a, b, garbage) => Mutate(kind, a, b, garbage));

    [Fact]
    public void Parse_MutatedDocument_ReturnsCompletePlanOrLocatedError() =>
        MutatedDocument.Sample(text =>
        {
            var lineCount = text.Split('\n').Length;
            try
            {
                AssertComplete(new PlanDocumentParser().Parse(text));
            }
            catch (PlanFormatException e)
            {
                Assert.InRange(e.Line, 1, lineCount);
                Assert.False(string.IsNullOrWhiteSpace(e.Reason));
            }
        }, iter: Cases, threads: 1);

    [Fact]
    public void Parse_MutatedDocumentWithBomAndCrlf_GivesTheSameOutcome() =>
        MutatedDocument.Sample(text =>
        {
            var windows = "\uFEFF" + text.Replace("\n", "\r\n", StringComparison.Ordinal);
            Assert.Equal(Outcome(text), Outcome(windows));
        }, iter: Cases, threads: 1);

    [Fact]
    public void Parse_SeedWithBom_ParsesToTheSamePlan() =>
        Assert.Equal(SeedDocument.Dump(SeedDocument.Parse()), SeedDocument.Dump(new PlanDocumentParser().Parse("\uFEFF" + SeedDocument.Text)));

    [Fact]
    public void Parse_SeedWithCrlf_ParsesToTheSamePlan() =>
        Assert.Equal(
            SeedDocument.Dump(SeedDocument.Parse()),
            SeedDocument.Dump(new PlanDocumentParser().Parse(SeedDocument.Text.Replace("\n", "\r\n", StringComparison.Ordinal))));

    [Fact]
    public void Parse_SeedFromUtf8BytesWithBom_ParsesToTheSamePlan()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(SeedDocument.Text)).ToArray();
        var decodedWithoutStrippingBom = new UTF8Encoding(false).GetString(bytes);

        Assert.Equal(SeedDocument.Dump(SeedDocument.Parse()), SeedDocument.Dump(new PlanDocumentParser().Parse(decodedWithoutStrippingBom)));
    }

    private static string Outcome(string text)
    {
        try
        {
            return SeedDocument.Dump(new PlanDocumentParser().Parse(text));
        }
        catch (PlanFormatException e)
        {
            return $"error {e.Message}";
        }
    }

    private static void AssertComplete(ParsedPlan parsed)
    {
        var plan = parsed.Plan;
        Assert.Equal(9, plan.Periods.Count);
        Assert.NotEmpty(plan.Strategies);
        Assert.Equal(Enumerable.Range(1, plan.Strategies.Count), plan.Strategies.Select(s => s.Number));
        Assert.All(plan.Strategies, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title));
            Assert.NotEmpty(s.Initiatives);
            Assert.All(s.Initiatives, i => Assert.Equal(s.Number, i.StrategyNumber));
        });
        var initiatives = plan.Initiatives.ToArray();
        Assert.Equal(Enumerable.Range(1, initiatives.Length), initiatives.Select(i => i.Number));
        Assert.All(initiatives, i =>
        {
            Assert.False(string.IsNullOrWhiteSpace(i.Title));
            Assert.True(i.Department is null || i.Department.Length > 0);
            Assert.NotEmpty(i.SubThemes);
            Assert.Equal(Enumerable.Range(1, i.SubThemes.Count), i.SubThemes.Select(s => s.Index));
            Assert.All(i.SubThemes, s =>
            {
                Assert.Equal(i.Number, s.InitiativeNumber);
                Assert.Equal(plan.Periods, s.Cells.Select(c => c.Period));
            });
        });
    }

    /// <summary>One mutation of the seed, chosen by <paramref name="kind"/> and placed by <paramref name="a"/>, <paramref name="b"/>.</summary>
    private static string Mutate(int kind, int a, int b, string garbage)
    {
        var lines = SeedLines.ToList();
        var text = SeedDocument.Text;
        var line = a % lines.Count;
        switch (kind)
        {
            case 0:
                return text[..(a % (text.Length + 1))];
            case 1:
                lines.RemoveAt(line);
                break;
            case 2:
                lines.Insert(line, lines[line]);
                break;
            case 3:
                lines[line] = lines[line].Replace("\t", "", StringComparison.Ordinal);
                break;
            case 4:
                var cells = lines[line].Split('\t');
                var random = new Random(b);
                random.Shuffle(cells);
                lines[line] = string.Join('\t', cells);
                break;
            case 5:
                lines.Insert(line, garbage);
                break;
            case 6:
                var at = b % (text.Length + 1);
                return text[..at] + garbage + text[at..];
            case 7:
                var bytes = Encoding.UTF8.GetBytes(text);
                var noise = new Random(b);
                for (var k = 0; k < 1 + (a % 8); k++)
                {
                    bytes[noise.Next(bytes.Length)] = (byte)noise.Next(256);
                }

                return Encoding.UTF8.GetString(bytes);
            case 8:
                var other = b % lines.Count;
                (lines[line], lines[other]) = (lines[other], lines[line]);
                break;
            default:
                var cellsOfLine = lines[line].Split('\t');
                cellsOfLine[b % cellsOfLine.Length] = garbage;
                lines[line] = string.Join('\t', cellsOfLine);
                break;
        }

        return string.Join('\n', lines);
    }
}
