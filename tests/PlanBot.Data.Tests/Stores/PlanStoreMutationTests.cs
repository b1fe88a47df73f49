using CsCheck;
using PlanBot.Data.Tests.Support;
using PlanBot.Testing;
using PlanBot.Domain.Import;

namespace PlanBot.Data.Tests.Stores;

/// <summary>
/// Mutated seed documents through the real parser into the real store: each either fails to parse with a located
/// error (and the store keeps what it had) or is stored completely, exactly as parsed. Never anything in between.
/// </summary>
public sealed class PlanStoreMutationTests
{
    private static readonly string[] SeedLines = Seed.Text.Split('\n');

    [SkippableTheory]
    [MemberData(nameof(StoreProviders.All), MemberType = typeof(StoreProviders))]
    public async Task ImportAsync_MutatedSeed_StoresTheWholeParseOrNothing(PlanStoreProvider provider)
    {
        await using var db = await TempPlanDatabase.CreateAsync(provider);
        var seed = Seed.Text;
        await db.Plans.ImportAsync(Seed.Parse(seed), Seed.Source(seed), CancellationToken.None);
        var parser = new PlanDocumentParser();

        var mutations = Gen.Select(Gen.Int[0, 8], Gen.Int[0, int.MaxValue], Gen.Int[0, int.MaxValue], Mutate);

        await mutations.SampleAsync(
            async text =>
            {
                var before = TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!);
                ParsedPlan parsed;
                try
                {
                    parsed = parser.Parse(text);
                }
                catch (PlanFormatException e)
                {
                    Assert.True(e.Line > 0, e.Message);
                    Assert.Equal(before, TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!));
                    return;
                }

                await db.Plans.ImportAsync(parsed, Seed.Source(text), CancellationToken.None);
                Assert.Equal(TestPlans.Dump(parsed.Plan), TestPlans.Dump((await db.Plans.LoadPlanAsync(CancellationToken.None))!));
            },
            iter: 15,
            threads: 1,
            print: text => text.Length > 300 ? text[..300] + "…" : text);
    }

    private static string Mutate(int kind, int a, int b)
    {
        var lines = SeedLines.ToList();
        var i = a % lines.Count;
        var j = b % lines.Count;
        switch (kind)
        {
            case 0:
                lines = lines.Take(i).ToList();
                break;
            case 1:
                lines.RemoveAt(i);
                break;
            case 2:
                lines.Insert(j, lines[i]);
                break;
            case 3:
                lines[i] = lines[i].Replace("\t", "", StringComparison.Ordinal);
                break;
            case 4:
                var cells = lines[i].Split('\t');
                (cells[a % cells.Length], cells[b % cells.Length]) = (cells[b % cells.Length], cells[a % cells.Length]);
                lines[i] = string.Join('\t', cells);
                break;
            case 5:
                lines.Insert(i, $"ゴミ\t<td>\t{b}\t■");
                break;
            case 6:
                var chars = lines[i].ToCharArray();
                if (chars.Length > 0)
                {
                    chars[b % chars.Length] = (char)(b % 0xD800);
                }

                lines[i] = new string(chars);
                break;
            case 7:
                return "\uFEFF" + string.Join("\r\n", lines);
            default:
                (lines[i], lines[j]) = (lines[j], lines[i]);
                break;
        }

        return string.Join('\n', lines);
    }
}
