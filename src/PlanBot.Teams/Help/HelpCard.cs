using PlanBot.Teams.Cards.Model;
using PlanBot.Teams.Chat;

namespace PlanBot.Teams.Help;

/// <summary>The answer to ヘルプ: the commands of <see cref="ChatCommands"/> with what they do, and examples of questions.</summary>
public static class HelpCard
{
    /// <param name="showAdminCommands">Admins also see the commands only they may use.</param>
    public static AdaptiveCard Build(bool showAdminCommands)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = HelpTexts.Title, Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock { Text = HelpTexts.Intro, Wrap = true },
            Heading(HelpTexts.CommandsHeading),
            Commands(ChatAudience.Everyone),
        };
        if (showAdminCommands)
        {
            body.Add(Heading(HelpTexts.AdminHeading));
            body.Add(Commands(ChatAudience.Admins));
        }

        body.Add(Heading(HelpTexts.AskHeading));
        body.Add(new TextBlock { Text = HelpTexts.AskIntro, Wrap = true, Spacing = CardSpacing.Small });
        body.Add(new TextBlock { Text = string.Join('\n', HelpTexts.Questions.Select(q => $"- 「{q}」")), Wrap = true, Spacing = CardSpacing.Small });

        return new AdaptiveCard { FallbackText = HelpTexts.FallbackText, Body = body };
    }

    private static TextBlock Heading(string text) =>
        new() { Text = text, Weight = TextWeight.Bolder, Spacing = CardSpacing.Medium, Separator = true, Wrap = true };

    private static FactSet Commands(ChatAudience audience) =>
        new() { Facts = [.. ChatCommands.All.Where(c => c.Audience == audience).Select(c => new Fact(c.Name, c.Help))] };
}
