using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Welcome;

/// <summary>Sent when a user installs PlanBot in a personal chat: what it does, how reminders work, how to ask.</summary>
public static class PersonalWelcomeCard
{
    /// <param name="personName">The roster name when the user is matched, else null (greeting without a name).</param>
    public static AdaptiveCard Build(string? personName)
    {
        var greeting = new RichTextBlock { Inlines = [new TextRun { Text = WelcomeTexts.PersonalGreeting(personName) }] };
        return new AdaptiveCard
        {
            FallbackText = WelcomeTexts.PersonalFallbackText,
            Body =
            [
                new TextBlock { Text = WelcomeTexts.PersonalTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
                greeting,
                new TextBlock { Text = WelcomeTexts.WhatPlanBotDoes, Wrap = true, Spacing = CardSpacing.Small },
                Heading(WelcomeTexts.ProgressRequestHeading),
                new TextBlock { Text = WelcomeTexts.HowProgressRequestsWork, Wrap = true, Spacing = CardSpacing.Small },
                Heading(WelcomeTexts.AskHeading),
                new TextBlock { Text = WelcomeTexts.HowToAsk, Wrap = true, Spacing = CardSpacing.Small },
                new TextBlock { Text = string.Join('\n', WelcomeTexts.Questions.Select(q => $"- 「{q}」")), Wrap = true, Spacing = CardSpacing.Small },
                new TextBlock { Text = WelcomeTexts.HelpHint, Wrap = true, IsSubtle = true, Spacing = CardSpacing.Medium },
            ],
        };
    }

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium, Separator = true, Wrap = true };
}
