using Microsoft.Extensions.Logging;
using PlanBot.Connector.Client;
using PlanBot.Domain.Outbox;

namespace PlanBot.Teams.RosterCheck;

/// <summary>Log lines of the roster check (「名簿確認」) and its notice to admins. Counts and keys, never card text.</summary>
internal static partial class RosterCheckLog
{
    [LoggerMessage(EventId = 4301, Level = LogLevel.Information, Message = "Roster check: {Roster} on the roster, {Found} found in Teams; teams searched {Searched}, not searched {NotSearched}; {Unknown} Teams users on no roster row, {NotFound} roster people not found, {Unowned} unowned sub-themes, {Undelivered} owners with an undelivered reminder card")]
    public static partial void Checked(ILogger logger, int roster, int found, int searched, int notSearched, int unknown, int notFound, int? unowned, int undelivered);

    [LoggerMessage(EventId = 4302, Level = LogLevel.Warning, Message = "Roster check: the members of team {Team} ({ConversationId}) could not be read: {Kind} {Code} (HTTP {Status})")]
    public static partial void TeamNotRead(ILogger logger, string team, string conversationId, ConnectorErrorKind kind, string? code, int? status);

    [LoggerMessage(EventId = 4303, Level = LogLevel.Debug, Message = "Roster check: {IdempotencyKey} is {State} after {Attempts} attempts; last error: {Error}")]
    public static partial void Undelivered(ILogger logger, string idempotencyKey, OutboxState state, int attempts, string? error);

    [LoggerMessage(EventId = 4305, Level = LogLevel.Information, Message = "Roster check of {Quarter}: nothing to report, no notice to admins")]
    public static partial void NothingToReport(ILogger logger, string quarter);

    [LoggerMessage(EventId = 4306, Level = LogLevel.Information, Message = "Roster check of {Quarter}: enqueued {Enqueued} admin notices ({Already} were already queued)")]
    public static partial void NoticesEnqueued(ILogger logger, string quarter, int enqueued, int already);

    [LoggerMessage(EventId = 4308, Level = LogLevel.Information, Message = "{IdempotencyKey} not sent: the roster check finds nothing to report any more")]
    public static partial void NoLongerNeeded(ILogger logger, string idempotencyKey);

    [LoggerMessage(EventId = 4307, Level = LogLevel.Warning, Message = "Roster check of {Quarter}: the roster has no admin to tell")]
    public static partial void NoAdmins(ILogger logger, string quarter);
}
