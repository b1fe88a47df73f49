using System.Diagnostics;
using System.Security.Claims;
using Activity = PlanBot.Connector.Schema.Activity;

namespace PlanBot.Connector.Hosting;

/// <summary>An accepted activity waiting for a background worker, with the trace context of the request that accepted it.</summary>
internal sealed record QueuedActivity(Activity Activity, ClaimsIdentity Identity, ActivityContext TraceParent = default);
