using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The fixed words of questions (normalised: NFKC, ASCII lower case) and what each one means. Longer phrases win over
/// the shorter ones inside them (未完了 before 完了, 計画通り before 計画, 前年度 before 年度), so the table order does not matter.
/// Phrases made of ASCII letters only match as whole words ("late" never matches inside "translate").
/// </summary>
internal static class QuestionLexicon
{
    /// <summary>
    /// A phrase and what it means. <see cref="Statuses"/> is set for status words, which a following negation turns into
    /// their complement (遅延していない, 順調じゃない, 遅延以外).
    /// </summary>
    public sealed record Entry(string Phrase, Action<ParseState> Apply, bool IsNoise = false, IReadOnlyList<ProgressStatus>? Statuses = null)
    {
        public bool IsAscii { get; } = Phrase.All(c => c < 128);
    }

    private static readonly ProgressStatus[] NotFinished =
        [ProgressStatus.NotStarted, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.Delayed];

    private static readonly ProgressStatus[] InProgress = [ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.Delayed];

    private static readonly ProgressStatus[] Troubled = [ProgressStatus.AtRisk, ProgressStatus.Delayed];

    public static IReadOnlyList<Entry> Entries { get; } = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>();

        void Status(ProgressStatus[] statuses, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new Entry(p, s => s.Statuses.UnionWith(statuses), Statuses: statuses)));

        void Cue(QuestionCue cue, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new Entry(p, s => s.Cues.Add(cue))));

        void Do(Action<ParseState> apply, params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new Entry(p, apply)));

        void Noise(params string[] phrases) =>
            entries.AddRange(phrases.Select(p => new Entry(p, _ => { }, IsNoise: true)));

        // 状態 (ProgressStatus): the users' own words and their everyday synonyms.
        Status([ProgressStatus.Delayed], "遅延", "遅れ", "遅れている", "遅れてる", "遅れ気味", "遅れがち", "遅滞", "滞って", "停滞",
            "後ろ倒し", "delayed", "delay", "delays", "late", "behind", "behind schedule", "overdue");
        Status([ProgressStatus.AtRisk], "要注意", "リスク", "注意", "懸念", "危ない", "あぶない", "黄信号", "怪しい",
            "at risk", "at-risk", "risk", "risks", "risky", "warning");
        Status([ProgressStatus.NotStarted], "未着手", "着手前", "手つかず", "手付かず", "着手していない", "着手してない",
            "始まっていない", "始まってない", "not started", "not yet started");
        Status([ProgressStatus.OnTrack], "順調", "予定通り", "予定どおり", "計画通り", "計画どおり", "問題なし", "問題ない",
            "好調", "on track", "on-track");
        Status([ProgressStatus.Completed], "完了", "完了済", "完了済み", "達成", "達成済", "達成済み", "終わった", "終了", "済み",
            "完遂", "done", "completed", "complete", "finished");
        Status([ProgressStatus.Cancelled], "中止", "中断", "取りやめ", "取り止め", "取止め", "見送り", "cancelled", "canceled");
        Status(NotFinished, "未完了", "未達", "未達成", "終わっていない", "終わってない", "完了していない", "完了してない",
            "not completed", "not done", "unfinished", "open");
        Status(InProgress, "進行中", "実施中", "取組中", "in progress");
        Status(Troubled, "問題がある", "問題あり", "問題のある", "要対応", "要フォロー", "課題あり", "at risk or delayed",
            "進んでいない", "進んでない", "進捗が悪い", "うまくいっていない", "うまくいってない", "止まっている", "止まってる");

        // 未回答: no report at all.
        Do(s => s.Unanswered = true, "未回答", "未提出", "未報告", "回答なし", "回答無し", "回答がない", "回答が無い", "回答していない",
            "回答してない", "報告なし", "報告がない", "報告が無い", "報告していない", "報告してない", "提出していない", "提出してない",
            "出していない", "出してない", "答えていない", "答えてない", "返事がない", "返信がない", "unanswered", "not answered",
            "no answer", "no answers", "no response", "no report", "no reports", "not reported", "missing", "hasn't answered",
            "haven't answered", "hasn’t answered", "haven’t answered");

        // Periods relative to today (JST). 今期/前期/来期 mean quarters here, as the issue asks (not fiscal years).
        Do(s => s.Quarters.Add(s.Current), "今期", "今四半期", "当四半期", "本四半期", "この四半期", "今クォーター", "今のクォーター",
            "this quarter", "current quarter", "今月", "this month");
        Do(s => s.Quarters.Add(s.Current.Previous), "前期", "前四半期", "先期", "先四半期", "前のクォーター", "前回",
            "last quarter", "previous quarter");
        Do(s => s.Quarters.Add(s.Current.Next), "来期", "次期", "来四半期", "次の四半期", "次四半期", "next quarter");
        Do(s => s.Quarters.Add(Calendar.FiscalQuarter.Of(s.Context.Today.AddMonths(-1))), "先月", "前月", "last month");
        Do(s => s.Quarters.Add(Calendar.FiscalQuarter.Of(s.Context.Today.AddMonths(1))), "来月", "next month");
        Do(s => s.Halves.Add(1), "上期", "上半期", "前半", "first half", "1h", "h1");
        Do(s => s.Halves.Add(2), "下期", "下半期", "後半", "second half", "2h", "h2");
        Do(s => s.FiscalYears.Add(s.Current.FiscalYear), "今年度", "本年度", "当年度", "今年", "this year", "this fiscal year");
        Do(s => s.FiscalYears.Add(s.Current.FiscalYear - 1), "昨年度", "前年度", "去年", "昨年", "前年", "last year", "last fiscal year");
        Do(s => s.FiscalYears.Add(s.Current.FiscalYear + 1), "来年度", "次年度", "来年", "next year", "next fiscal year");
        Do(s => s.FiscalYears.Add(s.Current.FiscalYear - 2), "一昨年度", "一昨年");
        Do(s => s.FiscalYears.Add(s.Current.FiscalYear + 2), "再来年度", "再来年");

        // The asker's own items, and the asker's department.
        Do(s => s.Mine = true, "自分", "自身", "私", "わたし", "わたくし", "僕", "ぼく", "俺", "自分の担当", "私の担当",
            "私が担当", "my", "mine", "my items");

        // 担当分 alone is the asker's share, but 「鈴木さんの担当分」 is 鈴木's: decided once the whole question is read.
        Do(s => s.ShareWord = true, "担当分", "受け持ち");
        Do(OwnDepartment, "自部署", "自分の部署", "私の部署", "うちの部署", "うちの部",
            "所属部署", "部内", "my department", "our department");

        // What kind of answer.
        Cue(QuestionCue.Help, "ヘルプ", "help", "使い方", "何ができ", "何が聞け", "何を聞け", "聞き方", "質問例", "質問の例", "コマンド",
            "how to", "usage", "what can you do");
        Cue(QuestionCue.Count, "何件", "件数", "いくつ", "幾つ", "何個", "何本", "総数", "合計", "how many", "count", "number of");
        Cue(QuestionCue.Progress, "進捗", "進捗状況", "進捗率", "状況", "進み具合", "進行状況", "達成状況", "達成率", "達成度",
            "完了率", "完了状況", "サマリー", "サマリ", "概要", "まとめ", "集計", "ステータス", "status", "summary", "progress", "overview",
            "どうなって", "どんな感じ", "様子");
        Cue(QuestionCue.List, "一覧", "リスト", "全部", "すべて", "全て", "全体", "list", "all");
        Cue(QuestionCue.People, "誰", "だれ", "人", "者", "担当者", "メンバー", "who", "people", "person");
        Cue(QuestionCue.PlanActions, "計画", "予定", "アクションプラン", "プラン", "やること", "何をする", "plan", "plans", "planned");
        Cue(QuestionCue.PlanKgi, "kgi", "kpi", "目標", "到達目標", "ゴール", "target", "targets", "goal", "goals");

        // Words that carry no filter: endings, generic nouns, English glue.
        Noise("教えて", "教える", "下さい", "ください", "お願い", "願います", "見せて", "見たい", "知りたい", "表示", "確認", "出して",
            "取組", "取組み", "取り組み", "具体的取組", "項目", "案件", "もの", "こと", "件", "現在", "最新", "今", "時点", "部署",
            "担当", "報告", "回答", "提出", "さん", "様", "氏", "くん", "君", "中", "等", "など", "について", "に関する", "関連",
            "年度", "四半期", "期間", "九経連", "今日", "本日", "質問", "initiatives", "initiative", "planbot", "部署別", "部門別", "部署ごと", "戦略別", "戦略ごと",
            "取組別", "別", "ごと", "各", "何", "なに", "どれ", "どの", "どこ", "ある", "ありますか", "ですか", "ますか",
            "show", "me", "what", "which", "are", "is", "the", "a", "an", "in", "of", "for", "on", "and", "or", "any",
            "items", "item", "please", "tell", "about", "there", "with", "by", "to", "our", "q", "fy", "年", "月", "期");

        return entries;
    }

    /// <summary>自部署: the asker's department; someone with none on the roster gets their own items instead.</summary>
    private static void OwnDepartment(ParseState state)
    {
        if (state.Context.Asker.Department is { Length: > 0 } department)
        {
            state.AddDepartment(department);
        }
        else
        {
            state.Mine = true;
        }
    }
}
