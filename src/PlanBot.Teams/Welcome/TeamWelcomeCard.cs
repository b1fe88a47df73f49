using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Welcome;

/// <summary>Sent when PlanBot is added to a team: what it posts there and how an admin chooses the digest channel.</summary>
public static class TeamWelcomeCard
{
    public static AdaptiveCard Build() => new()
    {
        FallbackText = WelcomeTexts.TeamFallbackText,
        Body =
        [
            new TextBlock { Text = WelcomeTexts.TeamTitle, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = WelcomeTexts.WhatPlanBotDoesInTeam, Wrap = true },
            new TextBlock { Text = WelcomeTexts.DigestChannelHeading, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium, Separator = true, Wrap = true },
            new TextBlock { Text = WelcomeTexts.HowToChooseChannel, Wrap = true, Spacing = CardSpacing.Small },
            new Container
            {
                Style = ContainerStyle.Emphasis,
                Items = [new TextBlock { Text = WelcomeTexts.ChooseChannelCommand, Weight = TextWeight.Bolder, Wrap = true }],
            },
            new TextBlock { Text = WelcomeTexts.HowToStop, Wrap = true, Spacing = CardSpacing.Small },
            new TextBlock { Text = WelcomeTexts.ProgressRequestsArePersonal, Wrap = true, IsSubtle = true, Spacing = CardSpacing.Medium },
        ],
    };
}
