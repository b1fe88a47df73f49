using System.Text.RegularExpressions;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Progress;

namespace PlanBot.Domain.Questions;

/// <summary>
/// Turns a free-form Japanese (or English) question into a <see cref="PlanQuery"/>.
/// It never throws on any text: what it cannot read ends up in <see cref="PlanQuery.Unrecognised"/>.
/// <para>
/// How it reads: the text is normalised once (<see cref="QuestionNormaliser"/>: markup and mentions removed, NFKC, then
/// folded to a matching key where katakana and hiragana, small and large kana, and a dash written for the long-vowel mark
/// compare equal). Then, each
/// consuming what it matches: patterns of change and number (2四半期続けて, 前期から, 先週から, years, quarters, months,
/// 重点戦略3, 取組5); distinctive runs of initiative titles and labels (a run of three characters or more that is not a
/// word of the phrase table and that at most <see cref="MaxTitleMatches"/> initiatives share — so 「データ連携プラットフォーム」
/// names the two initiatives it belongs to instead of reading 「データ連携」 as a topic); the phrase table (statuses,
/// periods, intents, departments, people, topics; longest first); and what is left, split at punctuation, where a piece
/// found in any title selects it, short plan vocabulary and kana endings are ignored, and the rest is reported back.
/// </para>
/// <para>
/// 防災 is both a department (SR-防災) and a topic. A bare 防災 is read as the topic: topic search also looks at each
/// item's department, so it finds SR-防災's items and every other item about disaster prevention — a superset that never
/// hides what was meant. The department itself is named by its full name (SR-防災, SR防災).
/// </para>
/// </summary>
public static partial class QuestionParser
{
    /// <summary>A title run shared by more initiatives than this is the plan's common vocabulary, not a name.</summary>
    public const int MaxTitleMatches = 3;

    private const int MaxUnrecognised = 5;
    private const int MaxUnrecognisedLength = 30;
    private const int MinYear = 1950;
    private const int MaxYear = 2200;

    public static PlanQuery Parse(string? text, QuestionContext context) => Parse(text, context, withAlternatives: true);

    /// <summary>Parses; <paramref name="withAlternatives"/> false skips 「もしかして」 (used to check the alternatives themselves).</summary>
    internal static PlanQuery Parse(string? text, QuestionContext context, bool withAlternatives)
    {
        ArgumentNullException.ThrowIfNull(context);
        var vocabulary = context.Vocabulary;
        var normalised = QuestionNormaliser.Question(text, vocabulary.IsPersonName, out var truncated);

        var state = new ParseState(context);
        var work = new WorkingText(QuestionNormaliser.Fold(normalised));
        ReadChanges(work, state);
        ReadNumbers(work, state);
        ReadTitles(work, state, vocabulary);
        ReadPhrases(work, state, vocabulary.Entries);
        ReadLeftovers(work, state);
        if (truncated)
        {
            state.Unrecognised.Add(QuestionTexts.TruncatedNote);
        }

        var query = Build(state);
        return withAlternatives && (!query.IsUnderstood || query.Unrecognised.Count > 0 || query.AmbiguousNames.Count > 0)
            ? query with { Alternatives = QuestionAlternatives.For(work.Source, state, query, context) }
            : query;
    }

    private static PlanQuery Build(ParseState state)
    {
        var period = ResolvePeriod(state);
        var titleMatched = state.TitleTerms.Count > 0;
        var scope = new QueryScope
        {
            Departments = state.Departments.OrderBy(d => IndexOf(state.Context.Departments, d)).ToList(),
            StrategyNumbers = state.Strategies.Order().ToList(),
            InitiativeNumbers = state.Initiatives.Order().ToList(),
            InitiativeTitleTerms = state.TitleTerms.ToList(),
            People = state.People.ToList(),
            Mine = state.Mine || (state.ShareWord && state.People.Count == 0),
            NoDepartment = state.NoDepartment,
        };

        QueryChange? change = state.Direction is not null || state.Since is not null || state.SincePreviousQuarter
            ? new QueryChange(state.Direction ?? (state.Since is null ? ChangeDirection.Any : ChangeDirection.Reported), state.Since)
            : null;
        if (state.Streak > 0 && state.Statuses.Count == 0 && !state.Unanswered)
        {
            // 「2四半期続けて」 alone asks about trouble that lasts.
            state.Statuses.UnionWith(QuestionLexicon.Troubled);
        }

        var cues = state.Cues;
        var noStatus = state.Statuses.Count == 0 && !state.Unanswered;
        var personal = scope.People.Count > 0 || scope.Mine;
        var ambiguous = state.AmbiguousNames.Count > 0 && state.People.Count == 0;

        // A filter makes a question answerable even beside a word it could not read (the answer names that word). A bare
        // intent does not: 「予算の進捗」 must not be answered with the progress of everything.
        var hasFilter = period is not null || titleMatched || !scope.IsEverything || !noStatus || state.Topics.Count > 0
            || change is not null || state.Grouping is not null;
        var recognised = !ambiguous
            && (hasFilter || cues.Contains(QuestionCue.Help) || (state.Recognised && state.Unrecognised.Count == 0));
        var intent =
            cues.Contains(QuestionCue.Help) ? QueryIntent.Help
            : cues.Contains(QuestionCue.Count) ? QueryIntent.Count
            : state.Unanswered && change is null
                && (cues.Contains(QuestionCue.People) || cues.Contains(QuestionCue.Owners) || !cues.Contains(QuestionCue.List)) ? QueryIntent.Unanswered
            : (cues.Contains(QuestionCue.Owners) || cues.Contains(QuestionCue.People)) && !personal && change is null ? QueryIntent.Owners
            : cues.Contains(QuestionCue.History) && change is null ? QueryIntent.History
            : (cues.Contains(QuestionCue.Progress) || state.Grouping is not null) && noStatus && change is null ? QueryIntent.ProgressSummary
            : (cues.Contains(QuestionCue.PlanActions) || cues.Contains(QuestionCue.PlanKgi)) && noStatus && change is null ? QueryIntent.PlanContent
            : hasFilter || state.Recognised ? QueryIntent.List
            : QueryIntent.Help;

        var query = new PlanQuery
        {
            Intent = intent,
            PlanContent = intent == QueryIntent.PlanContent
                ? cues.Contains(QuestionCue.PlanKgi) ? Plans.PlanCellKind.Kgi : Plans.PlanCellKind.Actions
                : null,
            Period = period,
            Statuses = state.Statuses.ToHashSet(),
            Unanswered = state.Unanswered,
            Scope = scope,
            Topics = state.Topics.OrderBy(t => IndexOf(QuestionTopics.All.Select(x => x.Name).ToList(), t)).ToList(),
            Change = change,
            Streak = state.Streak,
            Grouping = state.Grouping ?? QueryGrouping.Department,
            AmbiguousNames = ambiguous ? [.. state.AmbiguousNames.Select(a => a.Name).DistinctBy(a => a.AsWritten)] : [],
            Unrecognised = state.Unrecognised.ToList(),
            IsUnderstood = recognised,
        };
        return query with { Understood = QuestionTexts.Understood(query) };
    }

    /// <summary>Departments and topics are listed in the plan's and the topic table's order, whatever order they were asked in.</summary>
    private static int IndexOf(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (string.Equals(list[i], value, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return int.MaxValue;
    }

    private static QueryPeriod? ResolvePeriod(ParseState state)
    {
        var current = state.Current;
        var years = state.FiscalYears.Where(y => y is >= MinYear and <= MaxYear).ToList();
        int? year = years.Count > 0 ? years[0] : null;
        var fiscalYear = year ?? current.FiscalYear;

        if (state.Quarters.Count > 0)
        {
            return new QueryPeriod(state.Quarters.Min(), state.Quarters.Max());
        }

        if (state.QuarterNumbers.Count > 0)
        {
            return new QueryPeriod(
                new FiscalQuarter(fiscalYear, state.QuarterNumbers.Min()), new FiscalQuarter(fiscalYear, state.QuarterNumbers.Max()));
        }

        if (state.MonthSpans.Count > 0)
        {
            var quarters = new List<FiscalQuarter>();
            foreach (var (first, last) in state.MonthSpans)
            {
                quarters.Add(new FiscalQuarter(fiscalYear, first));

                // 2〜5月 runs into the next fiscal year.
                quarters.Add(new FiscalQuarter(last < first ? fiscalYear + 1 : fiscalYear, last));
            }

            return new QueryPeriod(quarters.Min(), quarters.Max());
        }

        if (state.Halves.Count > 0)
        {
            return state.Halves.Distinct().Count() > 1
                ? QueryPeriod.OfFiscalYear(fiscalYear)
                : QueryPeriod.OfHalf(fiscalYear, state.Halves[0]);
        }

        return years.Count > 0
            ? new QueryPeriod(new FiscalQuarter(years.Min(), 1), new FiscalQuarter(years.Max(), 4))
            : null;
    }

    // ---- numbers -------------------------------------------------------------------------------------------------

    private static void ReadNumbers(WorkingText work, ParseState state)
    {
        // Years and months with years first: 2026年10月 must not be read as a fiscal year and a bare month.
        work.Consume(YearMonth(), m =>
        {
            var firstYear = Number(m.Groups["y1"].Value);
            var firstMonth = Number(m.Groups["m1"].Value);
            var lastYear = m.Groups["y2"].Success ? Number(m.Groups["y2"].Value) : firstYear;
            var lastMonth = m.Groups["m2"].Success ? Number(m.Groups["m2"].Value) : firstMonth;
            if (!IsYear(firstYear) || !IsYear(lastYear) || !IsMonth(firstMonth) || !IsMonth(lastMonth))
            {
                return false;
            }

            var first = FiscalQuarter.Of(new DateOnly(firstYear, firstMonth, 1));
            var last = FiscalQuarter.Of(new DateOnly(lastYear, lastMonth, 1));
            state.Quarters.Add(first);
            state.Quarters.Add(last);
            return true;
        });
        work.Consume(FiscalYearNumber(), m => AddYear(state, Number(m.Groups["y"].Value)));
        work.Consume(ShortFiscalYear(), m => AddYear(state, 2000 + Number(m.Groups["y"].Value)));
        work.Consume(Reiwa(), m =>
        {
            // 令和N年度 = FY(2018+N); 令和元年度 = FY2019.
            var n = m.Groups["n"].Value == "元" ? 1 : Number(m.Groups["n"].Value);
            return n is >= 1 and <= 99 && AddYear(state, 2018 + n);
        });
        work.Consume(CalendarYear(), m => AddYear(state, Number(m.Groups["y"].Value)));
        work.Consume(MonthRange(), m =>
        {
            var first = Number(m.Groups["m1"].Value);
            var last = Number(m.Groups["m2"].Value);
            if (!IsMonth(first) || !IsMonth(last))
            {
                return false;
            }

            state.MonthSpans.Add((QuarterOfMonth(first), QuarterOfMonth(last)));
            return true;
        });
        work.Consume(QuarterNumber(), m =>
        {
            var q = KanjiNumber(m.Groups["q"].Value);
            if (q is < 1 or > 4)
            {
                return false;
            }

            state.QuarterNumbers.Add(q);
            return true;
        });
        work.Consume(Strategy(), m => AddNumbers(m, 99, state.AddStrategy));
        work.Consume(Initiative(), m => AddNumbers(m, 999, state.AddInitiative));
        work.Consume(InitiativeMark(), m => AddNumbers(m, 999, state.AddInitiative));
        work.Consume(SingleMonth(), m =>
        {
            var month = Number(m.Groups["m"].Value);
            if (!IsMonth(month))
            {
                return false;
            }

            state.MonthSpans.Add((QuarterOfMonth(month), QuarterOfMonth(month)));
            return true;
        });
        work.Consume(BareYear(), m => AddYear(state, Number(m.Groups["y"].Value)));
    }

    private static bool AddYear(ParseState state, int year)
    {
        if (!IsYear(year))
        {
            return false;
        }

        ParseState.AddOnce(state.FiscalYears, year);
        return true;
    }

    private static bool AddNumbers(Match match, int max, Action<int> add)
    {
        var any = false;
        var previous = 0;
        var previousEnd = -1;
        foreach (Capture capture in match.Groups["n"].Captures)
        {
            var n = KanjiNumber(capture.Value);
            if (n >= 1 && n <= max)
            {
                // 取組5〜8: a range separator between the previous number and this one adds the numbers in between.
                var from = IsRangeEnd(match, previousEnd, capture.Index) && previous < n && n - previous <= MaxRange ? previous + 1 : n;
                for (var i = from; i <= n; i++)
                {
                    add(i);
                }

                any = true;
            }

            previous = n;
            previousEnd = capture.Index + capture.Length;
        }

        return any;
    }

    /// <summary>A range wider than this (取組1〜999) is read as its two ends: the plan has 22 initiatives in 11 strategies.</summary>
    private const int MaxRange = 30;

    private static bool IsRangeEnd(Match match, int previousEnd, int index) =>
        previousEnd >= 0 && match.Groups["to"].Captures.Any(c => c.Index >= previousEnd && c.Index < index);

    private static bool IsYear(int year) => year is >= MinYear and <= MaxYear;

    private static bool IsMonth(int month) => month is >= 1 and <= 12;

    private static int QuarterOfMonth(int month) => ((month + 8) % 12 / 3) + 1;

    private static int Number(string digits) =>
        digits.Length is > 0 and <= 6 && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n
            : -1;

    /// <summary>Digits, or kanji numerals up to 九十九 (第三四半期, 重点戦略十).</summary>
    internal static int KanjiNumber(string text)
    {
        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return Number(text);
        }

        const string digits = "〇一二三四五六七八九";
        var total = 0;
        var pending = 0;
        foreach (var c in text)
        {
            var d = digits.IndexOf(c, StringComparison.Ordinal);
            if (d >= 0)
            {
                pending = d;
            }
            else if (c == '十')
            {
                total += (pending == 0 ? 1 : pending) * 10;
                pending = 0;
            }
            else
            {
                return -1;
            }
        }

        return total + pending;
    }

    // ---- change between two moments ------------------------------------------------------------------------------

    /// <summary>
    /// 2四半期続けて (before quarters are read, which would take 「2四半期」 for Q2), 前期から (before 前期 is read as the
    /// period), 先週から / この1週間 (the day changes are counted from).
    /// </summary>
    private static void ReadChanges(WorkingText work, ParseState state)
    {
        work.Consume(StreakPattern(), m =>
        {
            var n = m.Groups["n"].Value switch
            {
                "two" => 2,
                "three" => 3,
                "four" => 4,
                "five" => 5,
                var digits => KanjiNumber(digits),
            };
            if (n is < 2 or > 12)
            {
                return false;
            }

            state.Streak = Math.Max(state.Streak, n);
            return true;
        });
        work.Consume(SincePreviousQuarterPattern(), _ => state.SincePreviousQuarter = true);
        work.Consume(SincePattern(), m =>
        {
            var connected = m.Groups["c"].Success || m.Groups["since"].Success;

            // 先月 and 今月 alone name a period (their quarter); only 「先月から」 counts from a day.
            if (!connected && (m.Groups["thismonth"].Success || m.Groups["w"].Value is "先月" or "前月" or "last month"))
            {
                return false;
            }

            var today = state.Context.Today;
            state.Since =
                m.Groups["thisweek"].Success ? today.AddDays(-(((int)today.DayOfWeek + 6) % 7))
                : m.Groups["yesterday"].Success ? today.AddDays(-1)
                : m.Groups["twodays"].Success ? today.AddDays(-2)
                : m.Groups["month"].Success ? today.AddMonths(-1)
                : m.Groups["thismonth"].Success ? new DateOnly(today.Year, today.Month, 1)
                : m.Groups["d"].Success ? today.AddDays(-Math.Clamp(Number(m.Groups["d"].Value), 1, 99))
                : m.Groups["k"].Success ? today.AddDays(-7 * Math.Clamp(Number(m.Groups["k"].Value), 1, 12))
                : today.AddDays(-7);
            return true;
        });
    }

    // ---- titles --------------------------------------------------------------------------------------------------

    /// <summary>
    /// Distinctive runs of initiative titles and labels, read before the phrase table so that two topic words written
    /// together (データ連携プラットフォーム) name the initiative they come from. A run that is itself a word of the table
    /// (半導体, インターンシップ) is left to the table, and a run many titles share says nothing about which one.
    /// </summary>
    private static void ReadTitles(WorkingText work, ParseState state, QuestionVocabulary vocabulary)
    {
        for (var round = 0; round < 8; round++)
        {
            var text = work.Text;
            var accepted = false;
            foreach (var match in vocabulary.Titles.Matches(text, 0, text.Length))
            {
                if (vocabulary.PhraseKeys.Contains(match.Fragment))
                {
                    continue;
                }

                var initiatives = vocabulary.Titles.Containing(match.Fragment);
                if (initiatives.Count is 0 or > MaxTitleMatches)
                {
                    continue;
                }

                SelectTitles(work, state, match, initiatives);
                accepted = true;
                break;
            }

            if (!accepted)
            {
                return;
            }
        }
    }

    private static void SelectTitles(WorkingText work, ParseState state, TitleMatch match, IReadOnlyList<int> initiatives)
    {
        foreach (var number in initiatives)
        {
            state.AddInitiative(number);
        }

        ParseState.AddOnce(state.TitleTerms, match.AsWritten);
        state.Recognised = true;
        work.Consume(match.Start, match.Length);
    }

    // ---- phrases -------------------------------------------------------------------------------------------------

    private static void ReadPhrases(WorkingText work, ParseState state, IReadOnlyList<QuestionLexicon.Entry> entries)
    {
        // The vocabulary holds every name on the roster: a phrase with a character the question lacks is skipped without
        // a search. Consuming only blanks characters out, so the question's mask taken once stays a superset.
        var present = QuestionLexicon.CharMaskOf(work.Text);
        foreach (var entry in entries)
        {
            if ((entry.CharMask & ~present) != 0 || work.ConsumePhrase(entry.Phrase, entry.IsAscii) is not { } starts)
            {
                continue;
            }

            foreach (var start in starts)
            {
                var end = start + entry.Phrase.Length;
                if (entry.Ambiguous is { } ambiguous)
                {
                    state.AmbiguousNames.Add((start, entry.Phrase.Length, ambiguous));
                }
                else if (entry.Statuses is { } statuses && work.ConsumeAt(end, Negation()))
                {
                    // 遅延していない = every status but 遅延.
                    state.Statuses.UnionWith(ProgressStatusNames.All.Except(statuses));
                }
                else
                {
                    entry.Apply(state);
                }
            }

            state.Recognised |= !entry.IsNoise;
        }
    }

    // ---- leftovers -----------------------------------------------------------------------------------------------

    private static void ReadLeftovers(WorkingText work, ParseState state)
    {
        foreach (var (start, length) in work.Leftovers())
        {
            ReadPiece(work, state, start, start + length, depth: 0);
        }

        // Kana is mostly particles and endings, but a question with nothing else in it (すずきさんの担当) must say what it
        // could not read rather than nothing.
        if (!state.Recognised && state.Unrecognised.Count == 0)
        {
            foreach (var (start, length) in state.KanaLeftovers.Take(MaxUnrecognised))
            {
                ParseState.AddOnce(state.Unrecognised, work.ShownOf(start, length));
                state.UnrecognisedAt.Add((start, length));
            }
        }
    }

    /// <summary>
    /// A piece nothing else read: a run found in any title selects every initiative with it (a broad word the title pass
    /// left); a short word of the plan (推進, 支援) and kana endings are ignored; the rest is reported back.
    /// </summary>
    private static void ReadPiece(WorkingText work, ParseState state, int start, int end, int depth)
    {
        var source = work.Source;
        if (end - start >= 2 && Enumerable.Range(start, end - start).All(source.IsHiraganaAt))
        {
            state.KanaLeftovers.Add((start, end - start));
        }

        while (start < end && source.IsHiraganaAt(start))
        {
            start++;
        }

        while (end > start && source.IsHiraganaAt(end - 1))
        {
            end--;
        }

        if (start >= end || depth > 8)
        {
            return;
        }

        var titles = state.Context.Vocabulary.Titles;
        var text = work.Text;
        if (titles.Matches(text, start, end).FirstOrDefault() is { } match)
        {
            SelectTitles(work, state, match, titles.Containing(match.Fragment));
            ReadPiece(work, state, start, match.Start, depth + 1);
            ReadPiece(work, state, match.Start + match.Length, end, depth + 1);
            return;
        }

        var piece = text[start..end];
        if (piece.Length <= 2 && titles.Mentions(piece))
        {
            return;
        }

        if (state.Unrecognised.Count < MaxUnrecognised)
        {
            var shown = work.ShownOf(start, end - start);
            ParseState.AddOnce(state.Unrecognised, shown.Length > MaxUnrecognisedLength ? shown[..MaxUnrecognisedLength] + "…" : shown);
            state.UnrecognisedAt.Add((start, end - start));
        }
    }

    // ---- patterns ------------------------------------------------------------------------------------------------
    // They run on the matching key (QuestionNormaliser.Fold): katakana is written as hiragana and small kana as large
    // (クォーター is くおーたー). A test checks that each pattern is written that way.

    /// <summary>Every pattern, for the test that checks they are written as matching keys.</summary>
    internal static IEnumerable<Regex> Patterns =>
    [
        StreakPattern(), SincePreviousQuarterPattern(), SincePattern(), YearMonth(), FiscalYearNumber(), ShortFiscalYear(), Reiwa(),
        CalendarYear(), MonthRange(), QuarterNumber(), Strategy(), Initiative(), InitiativeMark(), Negation(), SingleMonth(), BareYear(),
    ];

    private const string Dash = @"(?:〜|~|-|−|–|—|‐|ー|から)";

    [GeneratedRegex(@"(?<n>1[0-2]|[2-9]|[二三四五六七八九十]|two|three|four|five)\s*(?:つの)?\s*(?:四半期|くおーたー|期|q|quarters?|回)\s*(?:以上)?\s*(?:連続|続けて|つづけて|続いて|続き|in a row|running|straight)(?:して|で)?|(?<n>two|three|four|five|[2-9])\s+(?:consecutive|straight|successive)\s+quarters?|(?:連続|続けて)\s*(?<n>[2-9二三四])\s*(?:四半期|期|くおーたー)")]
    private static partial Regex StreakPattern();

    [GeneratedRegex(@"(?:前期|前四半期|先期|先四半期|前回|前の四半期|前のくおーたー|前くおーたー)\s*(?:から|より|と比べて|と比べ|と比較して|と比較し|に比べて|に比べ|比で|比)|(?:since|from|compared (?:to|with)|than|vs\.?|versus)\s+(?:the\s+)?(?:last|previous|prior)\s+quarter")]
    private static partial Regex SincePreviousQuarterPattern();

    [GeneratedRegex(@"(?<w>(?<week>先週|前週|最近|さいきん|(?:この|ここ|直近|過去)\s*(?:1|一)\s*週間)|(?<thisweek>今週)|(?<yesterday>昨日|きのう)|(?<twodays>一昨日|おととい)|(?<month>先月|前月|(?:この|ここ|直近|過去)\s*(?:1|一)\s*(?:か|け|箇)月)|(?<thismonth>今月)|(?<d>\d{1,2})\s*日前|(?<k>\d{1,2})\s*週間前)\s*(?<c>から|より|以降|以来|の間)?|(?<since>since|in|during|over|within)?\s*(?:the\s+)?(?<w>(?<week>last week|past week|last 7 days|past 7 days|last seven days|past seven days)|(?<thisweek>this week)|(?<yesterday>yesterday)|(?<month>last month|past month)|(?<thismonth>this month))(?![a-z])")]
    private static partial Regex SincePattern();

    [GeneratedRegex(@"(?<!\d)(?<y1>\d{4})\s*年\s*(?<m1>\d{1,2})\s*月(?:\s*" + Dash + @"\s*(?:(?<y2>\d{4})\s*年\s*)?(?<m2>\d{1,2})\s*月)?(?:\s*まで)?")]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"(?:fy\s*(?<y>\d{4})(?!\d)(?:\s*年度)?|(?<!\d)(?<y>\d{4})\s*年度)")]
    private static partial Regex FiscalYearNumber();

    [GeneratedRegex(@"(?:fy\s*(?<y>\d{2})(?!\d)(?:\s*年度)?|(?<!\d)(?<y>\d{2})\s*年度)")]
    private static partial Regex ShortFiscalYear();

    [GeneratedRegex(@"(?:令和|(?<![a-z])r)\s*(?<n>\d{1,2}|元)\s*年度?")]
    private static partial Regex Reiwa();

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*年(?!度)")]
    private static partial Regex CalendarYear();

    [GeneratedRegex(@"(?<!\d)(?<m1>\d{1,2})\s*月?\s*" + Dash + @"\s*(?<m2>\d{1,2})\s*月(?:\s*まで)?")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"第\s*(?<q>[1-4一二三四])\s*(?:四半期|くおーたー|q|期)|(?<!\d)(?<q>[1-4一二三四])\s*(?:四半期|くおーたー)|(?<![a-z])q\s*(?<q>[1-4])(?!\d)|(?<!\d)(?<q>[1-4])\s*q(?![a-z])|(?<![\d第])(?<q>[1-4])\s*期(?!間)|(?<q>[1-4])(?:st|nd|rd|th)\s*quarter|quarter\s*(?<q>[1-4])(?!\d)")]
    private static partial Regex QuarterNumber();

    private const string Ordinal = @"(?:no\.?|#|番号|なんばー)?\s*";

    /// <summary>
    /// Further numbers after the first: a list (取組1、4と7) or a range (取組5〜8, 取組5から取組8まで, initiatives 5 to 8), the
    /// range's separator captured as <c>to</c> so <see cref="AddNumbers"/> fills it in.
    /// </summary>
    private const string MoreNumbers = @"(?:(?:\s*(?<to>〜|~|から|(?<=\d)\s+to(?=\s))\s*(?:具体的取組|取り組み|取組み|取組|とりくみ|initiative|strategy|重点戦略|戦略)?|\s*(?:、|,|と|・|&|and|/|及び|および)\s*)"
        + Ordinal + @"(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d一二三四五六七八九十]|\s*(?:四半期|期|年|月|くおーたー))(?:\s*番)?(?:\s*まで)?)*";

    [GeneratedRegex(@"(?:重点戦略|戦略|strategy)\s*" + Ordinal + @"(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})(?:\s*番)?" + MoreNumbers)]
    private static partial Regex Strategy();

    [GeneratedRegex(@"(?:具体的取組|取り組み|取組み|取組|取り組|とりくみ|initiatives?|items?)\s*" + Ordinal + @"(?<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?![\d一二三四五六七八九十]|\s*(?:四半期|期|年|月|くおーたー))(?:\s*番)?" + MoreNumbers)]
    private static partial Regex Initiative();

    [GeneratedRegex(@"(?:(?:(?<![a-z])no\.?\s*|#\s*)(?<n>\d{1,3})(?!\d)(?:\s*番)?|(?<![\d.])(?<n>\d{1,3})\s*番目?(?:\s*の)?)" + MoreNumbers)]
    private static partial Regex InitiativeMark();

    [GeneratedRegex(@"\G\s*(?:し|になつ|になつてい)?(?:て|で)?い?(?:ない|無い|ません|じやない|じやありません|ではない|ではありません|以外)")]
    private static partial Regex Negation();

    [GeneratedRegex(@"(?<!\d)(?<m>\d{1,2})\s*月")]
    private static partial Regex SingleMonth();

    [GeneratedRegex(@"(?<![\d.])(?<y>(?:19|20|21)\d{2})(?![\d年])")]
    private static partial Regex BareYear();
}
