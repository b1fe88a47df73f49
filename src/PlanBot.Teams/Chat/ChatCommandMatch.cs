namespace PlanBot.Teams.Chat;

/// <summary>A message read as a command: the row, and the word written after it ("" when none).</summary>
public sealed record ChatCommandMatch(ChatCommand Command, string Argument);
