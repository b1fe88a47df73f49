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
