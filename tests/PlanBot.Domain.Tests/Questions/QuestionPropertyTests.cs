using CsCheck;
using PlanBot.Domain.People;
using PlanBot.Domain.Questions;
using static PlanBot.Domain.Tests.Questions.QuestionFixtures;

namespace PlanBot.Domain.Tests.Questions;

/// <summary>
/// Whatever arrives in chat, parsing, answering and rendering never throw, and a member never sees another department's
/// items (rows, people, or the comments of those items in the rendered text).
/// </summary>
public sealed class QuestionPropertyTests
{
    private static readonly Person[] Members = [Tanaka, Suzuki, Watanabe, Ito];

    /// <summary>Comments of every report, by sub-theme key: text that only an item's own answer would show.</summary>
    private static readonly Dictionary<string, string[]> CommentsByKey = Reports
        .Where(r => r.Comment is not null)
        .GroupBy(r => r.SubThemeKey)
        .ToDictionary(g => g.Key, g => g.Select(r => r.Comment!).ToArray());

    private static readonly string[] Fragments =
    [
        "'; DROP TABLE ProgressReports;--", "\" OR 1=1 --", "' OR ''='", "%", "_", "*", "\\", "/*", "*/", "UNION SELECT *",
        "<script>alert(1)</script>", "<at>PlanBot</at>", "<at>", "</at>", "<at>鈴木 一郎</at>", "&lt;at&gt;", "&amp;", "&#x0;",
        "<img src=x onerror=alert(1)>", "{{$root.secret}}", "${jndi:ldap://x}", "\0", "\u202E", "\uD800", "\uDC00", "🙂", "ｶﾀｶﾅ",
        "地域共創部", "経営企画室", "総務国際部", "SR-防災", "産業振興部", "鈴木さん", "伊藤さん", "取組#4", "#19", "重点戦略3",
        "第3四半期", "遅延", "未回答", "要注意", "全部", "すべての部署", "admin", "role=manager", "自部署", "私の", "進捗", "何件",
        "KGIは?", "計画", "MICE", "ジェンダー", "脱炭素", "MaaS", "9999年度", "令和99年度", "0000年度", "13月", "99〜100月", "#999",
        "戦略100", "Q9", "第五四半期", "取組no.", " ", "\n", "\t", "、", "?", "！",
    ];

    private static readonly Gen<string> RandomText = Gen.Char.Array[0, 300].Select(chars => new string(chars));

    private static readonly Gen<string> HostileText = Gen.OneOf(Fragments).Array[1, 12].Select(parts => string.Concat(parts));

    private static readonly Gen<Person> Member = Gen.OneOf(Members);

    [Fact]
    public void AskAsMember_RandomUnicode_NeverThrowsNorLeaks() =>
        Gen.Select(RandomText, Member).Sample((text, asker) => AssertAnswerStaysInScope(text, asker), iter: 500);

    [Fact]
    public void AskAsMember_SqlLikeAndMarkupText_NeverThrowsNorLeaks() =>
        Gen.Select(HostileText, Member).Sample((text, asker) => AssertAnswerStaysInScope(text, asker), iter: 1_000);

    [Fact]
    public void AskAsMember_VeryLongText_NeverThrowsNorLeaks() =>
        Gen.Select(Gen.Char.Array[20_000, 60_000].Select(c => new string(c)), HostileText, Member)
            .Sample((noise, hostile, asker) => AssertAnswerStaysInScope(hostile + noise + hostile, asker), iter: 20);

    [Fact]
    public void AskAsManager_RandomText_NeverThrowsAndAnswersEveryRowOnce() =>
        Gen.OneOf(RandomText, HostileText).Sample(text =>
        {
            var result = QueryEngine.Execute(QuestionParser.Parse(text, Context(Yamamoto)), Data, Yamamoto);
            Assert.Equal(result.Rows.Count, result.Rows.Select(r => r.SubThemeKey).Distinct().Count());
            Assert.NotEmpty(AnswerText.Render(result));
        }, iter: 500);

    [Fact]
    public void Parse_AnyText_UnderstoodPiecesAndUnrecognisedStaySmall() =>
        Gen.OneOf(RandomText, HostileText).Sample(text =>
        {
            var query = QuestionParser.Parse(text, Context());
            Assert.InRange(query.Unrecognised.Count, 0, 6);
            Assert.All(query.Unrecognised, u => Assert.InRange(u.Length, 1, 60));
        }, iter: 500);

    private static void AssertAnswerStaysInScope(string text, Person asker)
    {
        var query = QuestionParser.Parse(text, Context(asker));
        var result = QueryEngine.Execute(query, Data, asker);
        var rendered = AnswerText.Render(result);

        Assert.False(result.Access.Everything);
        var visible = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in result.Rows)
        {
            var ownsIt = row.Owners.Any(o => string.Equals(o.Email, asker.Email, StringComparison.OrdinalIgnoreCase));
            Assert.True(ownsIt || row.Department == asker.Department, $"'{text}' leaked {row.SubThemeKey} to {asker.Name}");
            visible.Add(row.SubThemeKey);
        }

        var visibleOwners = result.Rows.SelectMany(r => r.Owners).Select(o => o.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
        Assert.All(result.NotAnswered, p => Assert.Contains(p.Person.Email, visibleOwners));
        Assert.Equal(result.Rows.Count, result.Summaries.Sum(s => s.Items));

        foreach (var (key, comments) in CommentsByKey)
        {
            if (!visible.Contains(key))
            {
                Assert.All(comments, c => Assert.DoesNotContain(c, rendered, StringComparison.Ordinal));
            }
        }
    }
}

/// <summary>
/// The same guarantees on the real plan with every kind of question this parser reads: questions pieced together from the
/// plan's and roster's own words (title fragments, names with honorifics, departments, statuses, changes, runs of
/// quarters), hostile and random text. For each member: nothing outside their scope is named (items, one-initiative
/// answers, people's open items), no comment of an item they may not see appears, and no 「もしかして」 button leads
/// outside their scope.
/// </summary>
public sealed class SeedQuestionPropertyTests
{
    private static readonly Person[] Members = [.. SeedQuestions.People.Where(p => p.Role == PersonRole.Member)];

    private static readonly string[] Titles = [.. SeedQuestions.Plan.Initiatives.Select(i => i.Title)];

    private static readonly string[] Words =
    [
        "の状況", "の進捗", "は?", "どうなってる", "遅れてる", "じゅんちょう", "要注意", "未回答", "誰が担当", "担当部署は", "担当部署なし",
        "前期から悪化", "先週から変わった", "2四半期続けて", "履歴", "計画", "KGI", "何件", "担当者ごと", "自分の担当", "自部署", "さん",
        "様", "の担当", "と", "、", " ", "\n", "<at>PlanBot</at>", "ｵｸﾚﾃﾙ", "which", "delayed", "who owns", "initiative 5", "取組",
        "産業振興部", "地域共創部", "総務国際部", "経営企画室", "SR-防災", "佐藤", "鈴木", "一郎", "誠", "小林 直樹", "ito@example.jp",
        "取組4", "取組13", "取組17", "取組99", "#12", "重点戦略9", "DX", "脱炭素", "データ連携", "もしかして", "'; DROP TABLE x;--",
        "<script>alert(1)</script>", "\u202E", "🙂", "ｶﾀｶﾅ", "９", "Ｑ３",
    ];

    private static readonly Gen<string> TitlePiece =
        Gen.Select(Gen.OneOf(Titles), Gen.Int[0, 40], Gen.Int[2, 10])
            .Select((title, start, length) => title.Substring(Math.Min(start, title.Length - 1), Math.Min(length, title.Length - Math.Min(start, title.Length - 1))));

    private static readonly Gen<string> Question = Gen.Frequency(
        (6, Gen.OneOf(Gen.OneOf(Words), TitlePiece).Array[1, 6].Select(parts => string.Concat(parts))),
        (1, Gen.Char.Array[0, 200].Select(chars => new string(chars))));

    /// <summary>Comments by initiative, to find them in rendered answers.</summary>
    private static readonly Dictionary<int, string[]> Comments = SeedQuestions.Reports
        .Where(r => r.Comment is not null)
        .GroupBy(r => int.Parse(r.SubThemeKey.Split('-')[0], System.Globalization.CultureInfo.InvariantCulture))
        .ToDictionary(g => g.Key, g => g.Select(r => r.Comment!).Distinct().ToArray());

    [Fact]
    public void AskAsMember_AnyQuestion_NamesNothingOutsideTheirScope() =>
        Gen.Select(Question, Gen.OneOf(Members)).Sample((text, asker) =>
        {
            var result = SeedQuestions.Ask(text, asker);
            var answer = AnswerBuilder.Build(result);
            var rendered = AnswerText.Render(answer);

            foreach (var named in QuestionPhrasingTests.Named(answer))
            {
                Assert.True(SeedQuestions.MaySee(asker, named), $"'{text}' named {named} to {asker.Name}");
            }

            foreach (var (initiative, comments) in Comments.Where(c => !SeedQuestions.MaySee(asker, c.Key)))
            {
                Assert.All(comments, c => Assert.DoesNotContain(c, rendered, StringComparison.Ordinal));
            }

            // No button at all (もしかして, examples, narrowing down) brings up a department of which the member may see
            // nothing; the asker's own words said back in a もしかして are theirs.
            var hidden = SeedQuestions.Plan.Initiatives
                .Where(i => i.Department is not null)
                .GroupBy(i => i.Department!)
                .Where(g => !g.Any(i => SeedQuestions.MaySee(asker, i.Number)) && !text.Contains(g.Key, StringComparison.Ordinal))
                .Select(g => g.Key);
            foreach (var department in hidden)
            {
                Assert.All(answer.Suggestions, s => Assert.DoesNotContain(department, s, StringComparison.Ordinal));
            }

            foreach (var alternative in result.Alternatives)
            {
                Assert.True(alternative.Initiative is not { } n || SeedQuestions.MaySee(asker, n), $"'{text}' offered {alternative.Question}");
                Assert.True(alternative.Department is not { } d || d == asker.Department, $"'{text}' offered {alternative.Question}");
                Assert.True(
                    alternative.PersonEmail is not { } e || e == asker.Email
                    || SeedQuestions.People.Single(p => p.Email == e).Department == asker.Department,
                    $"'{text}' offered {alternative.Question}");
            }
        }, iter: 1_500);

    [Fact]
    public void AskAsManager_AnyQuestion_NeverThrowsAndStaysSmall() =>
        Question.Sample(text =>
        {
            var answer = SeedQuestions.Answer(text, SeedQuestions.Yamamoto);
            Assert.NotEmpty(answer.Heading);
            Assert.InRange(answer.Suggestions.Count, 0, 3);
            Assert.InRange(answer.Groups.Sum(g => g.Items.Count), 0, 3 * AnswerBuilder.MaxListedRows);
            Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(AnswerText.Render(answer)), 1, 40_000);
        }, iter: 1_000);
}
