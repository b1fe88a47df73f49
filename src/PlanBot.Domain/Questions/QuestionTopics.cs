namespace PlanBot.Domain.Questions;

/// <summary>
/// The topic keywords a question may name and the terms each one matches in the plan.
/// Matching is a normalised substring search over initiative titles, sub-theme labels, departments and plan item text.
/// The whole plan is about 50 KB, so scanning it in memory per question takes microseconds and needs no index; a
/// store that grows past that can add SQLite FTS5 with the trigram tokenizer (which also handles Japanese without a
/// word segmenter) behind the same query model. The synonyms are deliberately few and obvious (脱炭素 ~ CN,
/// カーボンニュートラル, GX; DX ~ デジタル): a broad thesaurus would return items the asker did not mean.
/// </summary>
public static class QuestionTopics
{
    /// <summary>A topic: its canonical name, the phrases that name it in a question, and the terms it matches in plan text.</summary>
    public sealed record Topic(string Name, IReadOnlyList<string> Phrases, IReadOnlyList<string> MatchTerms);

    public static IReadOnlyList<Topic> All { get; } =
    [
        new("DX", ["dx", "デジタル", "デジタル化", "デジタルトランスフォーメーション"], ["dx", "デジタル"]),
        new("脱炭素", ["脱炭素", "カーボンニュートラル", "cn", "gx", "グリーン"], ["脱炭素", "カーボンニュートラル", "cn", "gx"]),
        new("半導体", ["半導体", "シリコンアイランド", "シリコン"], ["半導体", "シリコン"]),
        new("MaaS", ["maas", "マース"], ["maas"]),
        new("インターンシップ", ["インターンシップ", "インターン", "internship"], ["インターン"]),
        new("輸出", ["輸出", "export"], ["輸出"]),
        new("防災", ["防災", "減災", "災害"], ["防災", "減災", "災害"]),
        new("水素", ["水素", "hydrogen"], ["水素"]),
        new("AI", ["ai", "人工知能"], ["ai", "人工知能"]),
        new("人材", ["人材育成", "人材"], ["人材"]),
        new("観光", ["観光", "インバウンド"], ["観光", "インバウンド"]),
        new("農業", ["スマート農業", "農業"], ["農業"]),
        new("エネルギー", ["エネルギー"], ["エネルギー"]),
        new("データ連携", ["データ連携", "オープンデータ", "データ"], ["データ"]),
        new("スタートアップ", ["スタートアップ", "ベンチャー", "startup"], ["スタートアップ", "ベンチャー"]),
        new("台湾", ["台湾", "日台"], ["台湾", "日台"]),
        new("インフラ", ["インフラ"], ["インフラ"]),
    ];

    public static Topic? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
