using PlanBot.Domain;
using PlanBot.Domain.Digest;
using PlanBot.Domain.People;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.RosterCheck;

/// <summary>
/// The roster check (「名簿確認」) as an Adaptive Card for admins: the counts; then, each only when it has entries, the
/// teams whose members could not be read, Teams users on no roster row, roster people who cannot be reached, sub-themes
/// nobody owns, and owners whose reminder card of the quarter has not been delivered. Lists show what
/// <see cref="RosterCheckLimits"/> kept and 「ほか N名」 for the rest, and long names are cut, so the card stays far below
/// Teams' 28 KB card limit however large the roster (under 20 KB when every list is full of the longest names). The
/// fallback text is the same in plain text, each list as one line of names.
/// </summary>
/// <remarks>
/// Names, emails, departments, team names and plan titles come from people, so they are only ever shown as
/// <see cref="TextRun"/>s, which clients never read as markdown; only fixed words and numbers use <see cref="TextBlock"/>.
/// </remarks>
public static class RosterCheckCard
{
    /// <summary>Longest name, department or team name shown, in characters (the ellipsis included).</summary>
    public const int MaxNameLength = 20;

    /// <summary>Longest email shown.</summary>
    public const int MaxEmailLength = 50;

    /// <summary>Longest initiative title or sub-theme label shown.</summary>
    public const int MaxTitleLength = 30;

    public static AdaptiveCard Build(RosterCheckReport check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var card = new Writer();
        card.Title(RosterCheckCardTexts.Title);
        card.Facts(
        [
            new Fact(RosterCheckCardTexts.RosterLabel, RosterCheckCardTexts.Count(check.RosterCount)),
            new Fact(RosterCheckCardTexts.FoundLabel, RosterCheckCardTexts.Count(check.FoundCount)),
            new Fact(RosterCheckCardTexts.TeamsLabel, RosterCheckCardTexts.Items(check.TeamsSearched.Count)),
        ]);

        if (check.NoTeams)
        {
            card.Warning(RosterCheckCardTexts.NoTeams);
        }
        else if (check.NoTeamSearched)
        {
            card.Warning(RosterCheckCardTexts.NoTeamRead);
        }

        if (check.TeamsNotSearched.Count > 0)
        {
            card.Section(
                RosterCheckCardTexts.Heading(RosterCheckCardTexts.TeamsNotSearchedHeading, RosterCheckCardTexts.Items(check.TeamsNotSearched.Count)),
                RosterCheckCardTexts.TeamsNotSearchedNote);
            var teams = new CappedList<string>([.. check.TeamsNotSearched.Take(RosterCheckLimits.Default.MaxListItems)], check.TeamsNotSearched.Count);
            card.Rows(teams, t => [Run(Shorten(t, MaxNameLength))], RosterCheckCardTexts.Items);
        }

        if (!check.NoTeamSearched)
        {
            card.Section(
                RosterCheckCardTexts.Heading(RosterCheckCardTexts.UnknownMembersHeading, RosterCheckCardTexts.Count(check.UnknownMembers.Total)),
                check.UnknownMembers.IsEmpty ? RosterCheckCardTexts.None : RosterCheckCardTexts.UnknownMembersNote);
            card.Rows(check.UnknownMembers, m => [Run(Shorten(m.Name ?? "", MaxNameLength)), Subtle(Shorten(m.Email ?? m.AadObjectId ?? "", MaxEmailLength))], RosterCheckCardTexts.Count);

            card.Section(
                RosterCheckCardTexts.Heading(RosterCheckCardTexts.PeopleNotFoundHeading, RosterCheckCardTexts.Count(check.PeopleNotFound.Total)),
                check.PeopleNotFound.IsEmpty ? RosterCheckCardTexts.None : RosterCheckCardTexts.PeopleNotFoundNote);
            card.Rows(check.PeopleNotFound, p => [Run(Shorten(p.Name, MaxNameLength)), Subtle(Department(p)), Subtle(Shorten(p.Email, MaxEmailLength))], RosterCheckCardTexts.Count);
        }

        if (check.Unowned is { } unowned)
        {
            card.Section(
                RosterCheckCardTexts.Heading(RosterCheckCardTexts.UnownedHeading, RosterCheckCardTexts.Items(unowned.Total)),
                unowned.IsEmpty ? RosterCheckCardTexts.None : RosterCheckCardTexts.UnownedNote);
            card.Rows(
                unowned,
                u => [Run(RosterCheckCardTexts.SubTheme(u.InitiativeNumber, Shorten(u.InitiativeTitle, MaxTitleLength), u.SubThemeLabel is null ? null : Shorten(u.SubThemeLabel, MaxTitleLength))), Subtle(RosterCheckCardTexts.UnownedReason(u, Shorten(u.Department ?? "", MaxNameLength)))],
                RosterCheckCardTexts.Items);
        }
        else
        {
            card.Section(RosterCheckCardTexts.UnownedHeading, RosterCheckCardTexts.NoPlan);
        }

        if (check.CycleQuarter is { } quarter)
        {
            card.Section(
                RosterCheckCardTexts.Heading(RosterCheckCardTexts.UndeliveredHeading(quarter), RosterCheckCardTexts.Count(check.Undelivered.Total)),
                check.Undelivered.IsEmpty ? RosterCheckCardTexts.None : null);
            card.Rows(check.Undelivered, u => [Run(Shorten(u.Owner.Name, MaxNameLength)), Subtle(Department(u.Owner)), Run(": " + RosterCheckCardTexts.Reason(u.Reason))], RosterCheckCardTexts.Count);
        }
        else
        {
            card.Section(RosterCheckCardTexts.NoCycle, null);
        }

        return card.ToCard();
    }

    private static string Department(Person person) =>
        person.Department is { } department ? $"（{Shorten(department, MaxNameLength)}）" : DepartmentLabels.None;

    private static TextRun Run(string text) => new() { Text = text };

    private static TextRun Subtle(string text) => new() { Text = " " + text, IsSubtle = true };

    private static string Shorten(string text, int max) => DisplayText.Shorten(text, max).Text;

    /// <summary>Writes the card's body and its plain-text version side by side, so the two say the same.</summary>
    private sealed class Writer
    {
        private readonly List<CardElement> _body = [];
        private readonly List<string> _text = [];

        public void Title(string title)
        {
            _body.Add(new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true });
            _text.Add(title);
        }

        public void Facts(IReadOnlyList<Fact> facts)
        {
            _body.Add(new FactSet { Facts = facts });
            _text.AddRange(facts.Select(f => $"{f.Title}: {f.Value}"));
        }

        public void Warning(string text)
        {
            _body.Add(new TextBlock { Text = text, Wrap = true, Color = TextColor.Attention });
            _text.Add(text);
        }

        public void Section(string heading, string? note)
        {
            _body.Add(new TextBlock { Text = heading, Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = CardSpacing.Medium });
            _text.Add("");
            _text.Add($"【{heading}】");
            if (note is not null)
            {
                _body.Add(new TextBlock { Text = note, Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = CardSpacing.None });
                _text.Add(note);
            }
        }

        /// <summary>
        /// One row per kept entry, then 「ほか N名」. The text version lists the entries' first run (the name or the
        /// sub-theme) on one line, without the details, so the fallback does not double the card's size.
        /// </summary>
        public void Rows<T>(CappedList<T> list, Func<T, IReadOnlyList<TextRun>> row, Func<int, string> count)
        {
            var names = new List<string>();
            foreach (var item in list.Items)
            {
                // The bullet joins the first run rather than taking a run of its own: rows are most of the card's size.
                var runs = row(item);
                _body.Add(new RichTextBlock { Inlines = [runs[0] with { Text = RosterCheckCardTexts.Bullet + runs[0].Text }, .. runs.Skip(1)], Spacing = CardSpacing.None });
                names.Add(runs[0].Text);
            }

            var more = list.More > 0 ? RosterCheckCardTexts.More(count(list.More)) : null;
            if (more is not null)
            {
                _body.Add(new TextBlock { Text = more, Wrap = true, IsSubtle = true, Spacing = CardSpacing.None });
                names.Add(more);
            }

            if (names.Count > 0)
            {
                _text.Add(string.Join(RosterCheckCardTexts.ListSeparator, names));
            }
        }

        public AdaptiveCard ToCard() => new()
        {
            FallbackText = string.Join('\n', _text),
            Body = _body,
        };
    }
}
