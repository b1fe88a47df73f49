namespace PlanBot.Domain.Questions;

/// <summary>
/// The topic keywords a question may name and the terms each one matches in the plan.
/// Matching is a substring search of matching keys (<see cref="QuestionNormaliser.Fold"/>) over initiative titles,
/// sub-theme labels, departments and plan item text.
/// The whole plan is about 50 KB, so scanning it in memory per question takes microseconds and needs no index; a
/// store that grows past that can add SQLite FTS5 with the trigram tokenizer (which also handles Japanese without a
/// word segmenter) behind the same query model. The synonyms are deliberately few and obvious (脱炭素 ~ CN,
/// カーボンニュートラル, GX; DX ~ デジタル): a broad thesaurus would return items the asker did not mean.
/// </summary>
public static class QuestionTopics
{
    /// <summary>A topic: its canonical name, the phrases that name it in a question, and the terms it matches in plan text.</summary>
    public sealed record Topic(string Name, IReadOnlyList<string> Phrases, IReadOnlyList<string> MatchTerms)
    {
        /// <summary>The match terms as matching keys (<see cref="QuestionNormaliser.Key"/>), as the searched text is.</summary>
        internal IReadOnlyList<string> MatchKeys { get; } = [.. MatchTerms.Select(QuestionNormaliser.Key)];
    }

    public static IReadOnlyList<Topic> All { get; } =
    [
        new("DX", ["dx", "デジタル", "デジタル化", "デジタルトランスフォーメーション", "digital", "digitalization", "digitalisation"], ["dx", "デジタル"]),
        new("脱炭素", ["脱炭素", "カーボンニュートラル", "cn", "gx", "グリーン", "decarbonization", "decarbonisation", "carbon neutral", "carbon neutrality"], ["脱炭素", "カーボンニュートラル", "cn", "gx"]),
        new("半導体", ["半導体", "シリコンアイランド", "シリコン", "semiconductor", "semiconductors", "chip", "chips"], ["半導体", "シリコン"]),
        new("MaaS", ["maas", "マース"], ["maas"]),
        new("インターンシップ", ["インターンシップ", "インターン", "internship", "internships"], ["インターン"]),
        new("輸出", ["輸出", "export", "exports"], ["輸出"]),
        new("防災", ["防災", "減災", "災害", "disaster", "disasters"], ["防災", "減災", "災害", "disaster", "disasters"]),
        new("水素", ["水素", "hydrogen"], ["水素"]),
        new("AI", ["ai", "人工知能"], ["ai", "人工知能"]),
        new("人材", ["人材育成", "人材", "talent", "human resources"], ["人材"]),
        new("観光", ["観光", "インバウンド", "tourism"], ["観光", "インバウンド", "tourism"]),
        new("農業", ["スマート農業", "農業", "agriculture", "farming"], ["農業"]),
        new("エネルギー", ["エネルギー", "energy"], ["エネルギー", "energy"]),
        new("データ連携", ["データ連携", "オープンデータ", "データ", "data"], ["データ"]),
        new("スタートアップ", ["スタートアップ", "ベンチャー", "startup", "startups"], ["スタートアップ", "ベンチャー"]),
        new("台湾", ["台湾", "日台", "taiwan"], ["台湾", "日台", "taiwan"]),
        new("インフラ", ["インフラ", "infrastructure"], ["インフラ", "infrastructure"]),
    ];

    public static Topic? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
