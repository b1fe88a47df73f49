using PlanBot.Connector.Hosting;
using PlanBot.Domain.People;

namespace PlanBot.Teams.Chat;

/// <summary>A command to carry out: the turn it came in, its row, the word after it, and the asker on the roster (null when not on it).</summary>
public sealed record ChatCommandRequest(TurnContext Turn, ChatCommand Command, string Argument, Person? Asker);
