using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Reminders;

/// <summary>The card managers get after the follow-up: who still has not answered, by department.</summary>
public static class ManagerNoticeCard
{
    public static AdaptiveCard Build(ManagerNotice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var body = new List<CardElement>
        {
            new TextBlock { Text = ProactiveTexts.ManagerNoticeTitle(notice.Quarter), Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (notice.EveryoneAnswered)
        {
            body.Add(new TextBlock { Text = ProactiveTexts.ManagerNoticeEveryoneAnswered(notice.Quarter), Wrap = true });
        }
        else
        {
            body.Add(new TextBlock { Text = ProactiveTexts.ManagerNoticeSummary(notice.Quarter, notice.Departments.Sum(d => d.Owners.Count)), Wrap = true });

            // Names are the roster's and go in as property values, which the serializer escapes.
            body.AddRange(notice.Departments.Select(department => new Container
            {
                Separator = true,
                Items =
                [
                    new TextBlock { Text = ProactiveTexts.DepartmentHeading(department.Department, department.Owners.Count), Weight = TextWeight.Bolder, Wrap = true },
                    .. department.Owners.Select(o => new TextBlock
                    {
                        Text = ProactiveTexts.UnansweredOwner(o.Owner.Name, o.SubThemeKeys.Count),
                        Wrap = true,
                        Spacing = CardSpacing.Small,
                    }),
                ],
            }));
        }

        return new AdaptiveCard
        {
            FallbackText = ProactiveTexts.ManagerNoticeTitle(notice.Quarter),
            Body = body,
        };
    }
}
