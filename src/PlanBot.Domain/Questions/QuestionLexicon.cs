using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// The fixed words of questions and what each one means, written the way people type them in chat: kanji and hiragana,
/// plain, colloquial (遅れてる, 終わってる) and polite (遅れています) forms, and English. Phrases are stored as matching
/// keys (<see cref="QuestionNormaliser.Key"/>), so a word written in katakana, half-width or with small kana matches its
/// entry here too. Longer phrases win over the shorter ones inside them (未完了 before 完了, 計画通り before 計画), so the
/// table order does not matter. Phrases made of ASCII letters only match as whole words ("late" never matches inside
/// "translate").
/// </summary>
internal static class QuestionLexicon
{
    /// <summary>
    /// A phrase (as a matching key) and what it means. <see cref="Statuses"/> is set for status words, which a following
    /// negation turns into their complement (遅延していない, 順調じゃない, 遅延以外). <see cref="Ambiguous"/> is set for a name
    /// several people share.
    /// </summary>
    public sealed record Entry(
        string Phrase, Action<ParseState> Apply, bool IsNoise = false, IReadOnlyList<ProgressStatus>? Statuses = null, AmbiguousName? Ambiguous = null)
    {
        public bool IsAscii { get; } = Phrase.All(c => c < 128);

        /// <summary>The phrase's characters as bits (<see cref="CharMaskOf"/>): it can only occur in a text whose mask holds them all.</summary>
        public ulong CharMask { get; } = CharMaskOf(Phrase);
    }

    /// <summary>One bit per character, by its code modulo 64: a cheap superset test before a search.</summary>
    public static ulong CharMaskOf(string text)
    {
        var mask = 0UL;
        foreach (var c in text)
        {
            mask |= 1UL << (c & 63);
        }

        return mask;
    }

    /// <summary>Honorifics written after a name (鈴木さん, 伊藤様); a one-character name is read only with one of these.</summary>
    public static IReadOnlyList<string> Honorifics { get; } = ["さん", "様", "さま", "氏", "くん", "君", "ちゃん", "殿"];

    private static readonly ProgressStatus[] NotFinished =
        [ProgressStatus.NotStarted, ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.Delayed];

    private static readonly ProgressStatus[] InProgress = [ProgressStatus.OnTrack, ProgressStatus.AtRisk, ProgressStatus.Delayed];

    /// <summary>遅延 and 要注意: what a manager means by "behind" or "in trouble".</summary>
    public static readonly ProgressStatus[] Troubled = [ProgressStatus.AtRisk, ProgressStatus.Delayed];

    public static IReadOnlyList<Entry> Entries { get; } = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>();

        void Add(IEnumerable<string> phrases, Func<string, Entry> entry) =>
            entries.AddRange(phrases.SelectMany(QuestionNormaliser.Keys).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal).Select(entry));

        void Status(ProgressStatus[] statuses, params string[] phrases) =>
            Add(phrases, p => new Entry(p, s => s.Statuses.UnionWith(statuses), Statuses: statuses));

        void Cue(QuestionCue cue, params string[] phrases) => Add(phrases, p => new Entry(p, s => s.Cues.Add(cue)));

        void Do(Action<ParseState> apply, params string[] phrases) => Add(phrases, p => new Entry(p, apply));

        void Noise(params string[] phrases) => Add(phrases, p => new Entry(p, _ => { }, IsNoise: true));

        // 状態 (ProgressStatus): the card's own words, their readings in hiragana, and how people say them in chat.
        Status([ProgressStatus.Delayed],
            "遅延", "ちえん", "遅延中", "遅延気味", "遅延している", "遅延してる", "遅延しています", "遅延してます",
            "遅れ", "おくれ", "遅れている", "遅れてる", "遅れています", "遅れてます", "おくれてる", "おくれている", "遅れ気味", "遅れぎみ",
            "遅れがち", "遅れが出ている", "遅れが出てる", "遅れが出ています", "遅れた", "遅れそう", "遅い", "おそい", "遅滞", "滞って",
            "滞っている", "滞ってる", "とどこおって", "停滞", "後ろ倒し", "後倒し", "ずれ込", "ずれこ", "押している", "押してる",
            "間に合っていない", "間に合ってない", "間に合わない", "まにあわない", "延期", "ビハインド", "遅れをとって", "遅れを取って",
            "delayed", "delay", "delays", "late", "behind", "behind schedule", "overdue", "slipping");
        Status([ProgressStatus.AtRisk],
            "要注意", "ようちゅうい", "注意", "要警戒", "懸念", "懸念あり", "心配", "危ない", "あぶない", "危うい", "やばい", "ヤバい",
            "黄信号", "黄色", "怪しい", "あやしい", "微妙", "やばそう", "危なそう", "あぶなそう", "怪しそう", "心配な", "リスク", "リスクあり",
            "at risk", "at-risk", "risk", "risks", "risky", "warning", "concern", "concerning", "worrying");
        Status([ProgressStatus.NotStarted],
            "未着手", "みちゃくしゅ", "着手前", "未開始", "開始前", "手つかず", "手付かず", "てつかず", "着手していない", "着手してない",
            "着手していません", "始まっていない", "始まってない", "始まっていません", "はじまってない", "はじまっていない",
            "始めていない", "始めてない", "手を付けていない", "手をつけていない", "手をつけてない", "まだ始まって",
            "not started", "not yet started", "hasn't started", "haven't started");
        Status([ProgressStatus.OnTrack],
            "順調", "じゅんちょう", "順調です", "予定通り", "予定どおり", "よていどおり", "計画通り", "計画どおり", "スケジュール通り",
            "スケジュールどおり", "オンスケ", "オンスケジュール", "問題なし", "問題ない", "問題ありません", "問題なく", "好調",
            "うまくいっている", "うまくいってる", "上手くいっている", "上手くいってる", "うまくいっています", "滞りなく",
            "on track", "on-track", "on schedule", "fine", "going well");
        Status([ProgressStatus.Completed],
            "完了", "かんりょう", "完了済", "完了済み", "完了した", "完了している", "完了してる", "完了しました", "終わった", "おわった",
            "終わってる", "おわってる", "終わっている", "終わりました", "終えた", "終了", "済み", "済んだ", "すんだ", "達成", "たっせい",
            "達成済", "達成済み", "達成した", "完遂", "完成", "片付いた",
            "done", "completed", "complete", "finished", "achieved");
        Status([ProgressStatus.Cancelled],
            "中止", "ちゅうし", "中断", "取りやめ", "取り止め", "取止め", "とりやめ", "やめた", "止めた", "見送り", "見送った", "打ち切り",
            "打切り", "廃止", "凍結", "キャンセル",
            "cancelled", "canceled", "stopped", "dropped", "on hold");
        Status(NotFinished,
            "未完了", "未達", "未達成", "終わっていない", "終わってない", "おわってない", "終わっていません", "完了していない", "完了してない",
            "完了していません", "まだ終わって", "not completed", "not done", "unfinished", "open", "incomplete");
        Status(InProgress, "進行中", "実施中", "取組中", "対応中", "in progress", "ongoing");
        Status(Troubled,
            "問題がある", "問題あり", "問題のある", "問題が起きて", "課題あり", "課題がある", "要対応", "要フォロー", "フォローが必要",
            "進んでいない", "進んでない", "進んでいません", "すすんでない", "進捗が悪い", "進捗がよくない", "進捗が良くない", "芳しくない",
            "よくない", "良くない", "うまくいっていない", "うまくいってない", "上手くいっていない", "上手くいってない", "止まっている",
            "止まってる", "とまってる", "難航", "苦戦", "手こずって", "困っている", "困ってる", "大丈夫じゃない", "大丈夫ではない",
            "大丈夫でない", "赤信号", "危険", "気になる", "at risk or delayed", "in trouble", "struggling", "off track", "off-track",
            "not on track", "behind or at risk");

        // 未回答: no report at all.
        Do(s => s.Unanswered = true,
            "未回答", "みかいとう", "未提出", "未報告", "未入力", "回答なし", "回答無し", "回答がない", "回答が無い", "回答していない",
            "回答してない", "回答していません", "報告なし", "報告がない", "報告が無い", "報告していない", "報告してない", "報告していません",
            "報告が来ていない", "報告が来てない", "報告がまだ", "回答がまだ", "まだ回答", "まだ報告", "提出していない", "提出してない",
            "出していない", "出してない", "答えていない", "答えてない", "返事がない", "返信がない", "出てない", "入力していない",
            "入力してない", "unanswered", "not answered", "no answer", "no answers", "no response", "no report", "no reports",
            "not reported", "missing", "hasn't answered", "haven't answered", "hasn’t answered", "haven’t answered",
            "hasn't reported", "haven't reported", "hasn’t reported", "haven’t reported", "not reported yet");

        // Periods relative to today (JST). 今期/前期/来期 mean quarters here (not fiscal years).
        Do(s => s.Quarters.Add(s.Current), "今期", "今四半期", "当四半期", "本四半期", "この四半期", "今クォーター", "今のクォーター",
            "this quarter", "current quarter", "今月", "this month");
        Do(s => s.Quarters.Add(s.Current.Previous), "前期", "前四半期", "先期", "先四半期", "前のクォーター", "前の四半期", "前回",
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

        // Change between two moments; the moment itself (前期から, 先週から) is read by QuestionParser's patterns.
        Do(s => s.Direction = ChangeDirection.Worse,
            "悪化", "あっか", "悪化した", "悪化している", "悪化してる", "悪くなった", "悪くなって", "わるくなった", "悪くなってる", "後退",
            "下がった", "落ちた", "ステータスが下がった",
            "worse", "got worse", "gotten worse", "worsened", "deteriorated", "declined", "slipped");
        Do(s => s.Direction = ChangeDirection.Better,
            "改善", "かいぜん", "改善した", "改善している", "良くなった", "よくなった", "良くなって", "よくなって", "好転", "回復",
            "持ち直した", "持ち直し", "上向いた", "上向き", "挽回", "良化",
            "better", "got better", "improved", "improving", "recovered");
        Do(s => s.Direction = ChangeDirection.Any,
            "変わった", "かわった", "変わって", "変わりました", "変化", "変化があった", "変動", "変更", "変更があった", "動いた", "動きがあった",
            "動き", "ステータスが変わった", "changed", "change", "changes", "moved");
        Do(s => s.Direction ??= ChangeDirection.Reported, "更新", "更新された", "更新があった", "新しい報告", "新着",
            "updated", "updates", "new reports", "reported");

        // N四半期続けて without a number: two in a row.
        Do(s => s.Streak = Math.Max(s.Streak, 2), "連続", "連続で", "連続して", "続けて", "続いて", "続いている", "続いてる", "続いています",
            "ずっと", "引き続き", "相変わらず", "続き", "in a row", "consecutive", "consecutively", "still");

        // The asker's own items, and the asker's department.
        Do(s => s.Mine = true, "自分", "自身", "私", "わたし", "わたくし", "僕", "ぼく", "俺", "自分の担当", "私の担当", "わたしの担当",
            "私が担当", "自分が担当", "私が担当している",
            "my", "mine", "my items", "i own", "i'm responsible", "assigned to me");

        // 担当分 alone is the asker's share, but 「鈴木さんの担当分」 is 鈴木's: decided once the whole question is read.
        Do(s => s.ShareWord = true, "担当分", "受け持ち", "担当している", "担当してる", "担当しています", "持っている", "受け持っている");
        Do(OwnDepartment, "自部署", "自分の部署", "私の部署", "うちの部署", "うちの部", "うちの課", "所属部署", "部内", "自部門",
            "my department", "our department", "my team", "our team");

        // 担当部署なし: the plan's initiatives without a department (a scope), not a question about departments.
        Do(s => s.NoDepartment = true, "担当部署なし", "担当部署無し", "担当部署がない", "担当部署が無い", "担当部署のない", "担当部署未定",
            "担当部署が未定", "担当部署が決まっていない", "担当部署が決まってない", "部署なし", "部署無し", "部署がない", "部署未定",
            "部署が決まっていない", "部署が決まってない", "部署未設定", "担当部署未設定", "所管なし",
            "担当部署の決まっていない", "担当部署の決まってない", "部署の決まっていない", "部署の決まってない", "部署のない",
            "no department", "without a department", "without department", "without any department", "no owning department");

        // How a tally is split.
        Do(s => s.Grouping = QueryGrouping.Owner, "担当者別", "担当者ごと", "担当者毎", "担当別", "担当ごと", "人別", "人ごと", "人毎",
            "個人別", "担当者単位", "by owner", "per owner", "by person", "per person", "by people", "for each owner");
        Do(s => s.Grouping = QueryGrouping.Strategy, "重点戦略別", "重点戦略ごと", "重点戦略毎", "戦略別", "戦略ごと", "戦略毎",
            "by strategy", "per strategy");
        Do(s => s.Grouping = QueryGrouping.Department, "担当部署別", "担当部署ごと", "部署別", "部署ごと", "部署毎", "部門別", "部門ごと", "部署単位",
            "by department", "per department");

        // What kind of answer.
        Cue(QuestionCue.Help, "ヘルプ", "へるぷ", "help", "使い方", "つかいかた", "何ができ", "何が聞け", "何を聞け", "聞き方", "質問例",
            "質問の例", "コマンド", "how to", "usage", "what can you do");
        Cue(QuestionCue.Count, "何件", "なんけん", "件数", "いくつ", "幾つ", "何個", "何本", "総数", "合計", "数は", "数を",
            "how many", "count", "number of");
        Cue(QuestionCue.Progress, "進捗", "しんちょく", "進捗状況", "進捗率", "状況", "じょうきょう", "状態", "進み具合", "進行状況",
            "達成状況", "達成率", "達成度", "完了率", "完了状況", "サマリー", "サマリ", "概要", "まとめ", "集計", "ステータス", "現状",
            "どうなって", "どうなってる", "どうなっている", "どうなっていますか", "どうですか", "どう", "どんな感じ", "どんな状況",
            "いかが", "様子", "大丈夫", "はかどって", "捗って", "進んでいる", "進んでる", "進んでいますか", "近況",
            "status", "summary", "progress", "overview", "how is", "how are", "how's", "going", "doing", "state");
        Cue(QuestionCue.List, "一覧", "リスト", "全部", "すべて", "全て", "全体", "list", "all");
        Cue(QuestionCue.People, "誰", "だれ", "人", "者", "メンバー", "who", "whom", "people", "person");
        Cue(QuestionCue.Owners, "担当者", "担当者は", "担当は", "担当は誰", "誰が担当", "だれが担当", "誰の担当", "誰が担当している",
            "誰がやって", "責任者", "担当部署", "担当部署は", "どこの部署", "どの部署", "どこが担当", "どこの担当", "所管", "所管部署",
            "主管", "who owns", "who is responsible", "who's responsible", "responsible", "in charge", "owner", "owners",
            "which department", "what department", "department");
        Cue(QuestionCue.History, "履歴", "りれき", "経緯", "推移", "これまで", "今まで", "過去の報告", "報告履歴", "経過", "時系列",
            "history", "timeline", "trend", "so far");
        Cue(QuestionCue.PlanActions, "計画", "予定", "アクションプラン", "プラン", "やること", "何をする", "何をやる", "取組内容", "活動内容",
            "plan", "plans", "planned");
        Cue(QuestionCue.PlanKgi, "kgi", "kpi", "目標", "到達目標", "ゴール", "数値目標", "target", "targets", "goal", "goals");

        // Words that carry no filter: endings, generic nouns, honorifics, English glue.
        Noise("教えて", "おしえて", "教える", "下さい", "ください", "くださいませ", "お願い", "おねがい", "願います", "見せて", "みせて",
            "見たい", "知りたい", "しりたい", "表示", "確認", "確認したい", "出して", "調べて", "ある", "あります", "ありますか", "ありますか?",
            "取組", "取組み", "取り組み", "とりくみ", "具体的取組", "項目", "案件", "もの", "こと", "件", "現在", "最新", "今", "いま",
            "時点", "部署", "担当", "報告", "回答", "提出", "中", "等", "など", "について", "に関する", "関連", "年度", "四半期", "期間",
            "九経連", "今日", "本日", "質問", "initiatives", "initiative", "planbot", "別", "ごと", "各", "何", "なに", "どれ", "どの",
            "どこ", "ですか", "ますか", "でしょうか", "かな", "だっけ", "ってある", "って", "ちょっと", "ざっくり", "さっと", "一通り",
            "すみません", "すいません", "恐れ入ります", "恐縮ですが", "お疲れ様です", "おつかれさまです", "お疲れさまです", "よろしく",
            "よろしくお願いします", "いつも", "取組の", "まだ", "もう", "とか", "的な", "っぽい", "感じ",
            "show", "me", "what", "what's", "whats", "which", "are", "is", "the", "a", "an", "in", "of", "for", "on", "and", "or", "any",
            "items", "item", "please", "tell", "about", "there", "with", "by", "to", "our", "q", "fy", "have", "has", "been", "yet", "do",
            "does", "did", "were", "was", "be", "currently", "now", "right", "can", "you", "list of", "give", "get", "got", "that", "those",
            "these", "ones", "one", "its", "it", "their", "how", "i", "we", "from", "since", "compared", "than", "everything",
            "anything", "something", "things", "stuff", "overall", "簡単に", "簡単", "手短に", "ざっと", "一言で",
            "年", "月", "期");
        Noise([.. Honorifics, "部長", "課長", "室長", "次長", "主任", "係長", "さん達", "さんたち"]);

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
