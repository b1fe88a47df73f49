using PlanBot.Domain.Calendar;
using PlanBot.Domain.People;
using PlanBot.Domain.Progress;
using PlanBot.Domain.Reminders;
using PlanBot.Teams.Cards;
using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Reminders;
using PlanBot.Teams.Tests.Cards;
using PlanBot.Teams.Tests.Digest;
using Xunit.Abstractions;

namespace PlanBot.Teams.Tests.Reminders;

/// <summary>
/// The cards the seed plan really produces: every department's items in every quarter of the plan, drawn by the real
/// composer with a last report and this quarter's answer at the longest comment allowed on every item.
/// </summary>
public sealed class ReminderCardSeedTests(ITestOutputHelper output)
{
    private static readonly ReminderCardComposer Composer = new(new ReminderSchedule(new BusinessCalendar(), ReminderScheduleSettings.Default), new BusinessCalendar());

    private static readonly Person Owner = new("九州 太郎", "taro@example.jp", null, null, PersonRole.Member);

    private static IEnumerable<FiscalQuarter> PlanQuarters() =>
        Enumerable.Range(2024, 3).SelectMany(year => Enumerable.Range(1, 4).Select(q => new FiscalQuarter(year, q)));

    /// <summary>Each department's sub-themes, and the five initiatives with no 担当部署 together, as one owner would get them.</summary>
    private static IEnumerable<(string Department, IReadOnlyList<string> Keys)> Owners() =>
        SeedWeek.Plan.Initiatives
            .GroupBy(i => i.Department ?? "(none)")
            .Select(g => (g.Key, (IReadOnlyList<string>)[.. g.SelectMany(i => i.SubThemes).Select(s => s.Key)]));

    private static (AdaptiveCard Card, SerializedCard Serialized, string Which) LargestCard()
    {
        (AdaptiveCard Card, SerializedCard Serialized, string Which)? largest = null;
        foreach (var quarter in PlanQuarters())
        {
            var comment = new string('遅', ReminderTexts.MaxCommentLength);
            foreach (var (department, keys) in Owners())
            {
                ProgressReport[] reports =
                [
                    .. keys.Select(k => new ProgressReport(k, quarter.Previous, ProgressStatus.AtRisk, 40, comment, Owner.Email, DateTimeOffset.UnixEpoch)),
                    .. keys.Select(k => new ProgressReport(k, quarter, ProgressStatus.Delayed, 55, comment, Owner.Email, DateTimeOffset.UnixEpoch.AddDays(1))),
                ];
                var source = new ReminderCardSource(SeedWeek.Plan, reports, new PersonDirectory([Owner]));
                var parts = ReminderCardParts.Split(SeedWeek.Plan, keys);
                for (var p = 0; p < parts.Count; p++)
                {
                    var request = new ReminderCardRequest(quarter, $"{quarter}:reminder:{Owner.Email}:{p + 1}", Owner.Name, parts[p])
                    {
                        Part = new ReminderCardPart(p + 1, parts.Count),
                        RefreshUserId = "29:1a2b3c4d5e6f7g8h9i0j-kLmNoPqRsTuVwXyZ",
                    };
                    var card = ReminderCard.Build(Composer.Compose(source, request, cycle: null));
                    var serialized = AdaptiveCardSerializer.ToAttachment(card);
                    if (largest is null || serialized.Utf16Bytes > largest.Value.Serialized.Utf16Bytes)
                    {
                        largest = (card, serialized, $"{department}, {quarter}, card {p + 1}/{parts.Count} ({parts[p].Count} items)");
                    }
                }
            }
        }

        return largest!.Value;
    }

    [Fact]
    public void Compose_LargestOwnerInTheSeed_WellUnderTeamsLimit()
    {
        var (_, largest, which) = LargestCard();
        output.WriteLine($"largest seed card: {which}: {largest.Utf8Bytes} bytes UTF-8, {largest.Utf16Bytes} bytes UTF-16");

        // Teams refuses a message over 100 KB (UTF-16); the seed's largest card must leave well over a third of that free.
        Assert.True(largest.Utf16Bytes < 60 * 1024, $"{which}: {largest.Utf16Bytes} bytes (UTF-16)");
    }

    [AdaptiveCardSchemaFact]
    public void Compose_LargestOwnerInTheSeed_ValidAdaptiveCard15()
    {
        AdaptiveCardSchema.Shared.AssertValid(LargestCard().Card);
    }
}
