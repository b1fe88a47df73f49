using PlanBot.Teams.Cards.Model;

namespace PlanBot.Teams.Cards;

/// <summary>A one-paragraph card for a short notice (why PlanBot cannot answer), so every reply reads the same way.</summary>
public static class NoticeCard
{
    public static AdaptiveCard Build(string text) => new()
    {
        Body = [new TextBlock { Text = text, Wrap = true }],
    };
}
