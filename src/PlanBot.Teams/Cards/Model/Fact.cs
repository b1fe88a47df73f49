namespace PlanBot.Teams.Cards.Model;

/// <summary>One row of a <see cref="FactSet"/>. Teams applies markdown to both parts.</summary>
public sealed record Fact(string Title, string Value);
