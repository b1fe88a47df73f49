using System.Security.Claims;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>An accepted activity waiting for a background worker.</summary>
internal sealed record QueuedActivity(Activity Activity, ClaimsIdentity Identity);
