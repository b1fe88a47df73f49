namespace PlanBot.Domain.Questions;

/// <summary>Entries under one heading (a strategy, or a department).</summary>
public sealed record AnswerGroup(string Title, IReadOnlyList<AnswerItem> Items);
