using System.Text.Json;
using System.Text.Unicode;
using PlanBot.Connector.Schema;

namespace PlanBot.Connector.Hosting;

/// <summary>
/// Reads a request body as an activity, or says why it is not one. Text is checked before anything is kept: the body
/// must be UTF-8 and every escaped string must unescape to valid UTF-16, because <see cref="Activity.Value"/> and the
/// extension data keep raw JSON that would otherwise throw later, deep in a handler, when a string is read from it.
/// </summary>
internal static class ActivityReader
{
    public static (Activity? Activity, string? Problem) Read(ReadOnlySpan<byte> body)
    {
        if (InvalidText(body) is { } invalid)
        {
            return (null, invalid);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize(body, ConnectorJsonContext.Default.Activity);
        }
        catch (JsonException exception)
        {
            return (null, $"body is not an activity ({exception.Path}, line {exception.LineNumber})");
        }

        return activity switch
        {
            null => (null, "body is null"),
            { Type: null or "" } => (null, "activity has no type"),
            { Conversation: null } or { Conversation.Id: null or "" } => (null, "activity has no conversation id"),
            { ServiceUrl: null or "" } => (null, "activity has no serviceUrl"),
            _ when !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url)
                || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp) => (null, "activity serviceUrl is not an absolute http(s) URL"),
            _ => (activity, null),
        };
    }

    /// <summary>Null when every byte is UTF-8 and every escaped string unescapes; otherwise where it does not.</summary>
    private static string? InvalidText(ReadOnlySpan<byte> body)
    {
        if (!Utf8.IsValid(body))
        {
            return "body is not UTF-8";
        }

        // Escapes are the one way valid UTF-8 can still hold text no string can: a lone surrogate ("\ud800").
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 64 });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped)
                {
                    _ = reader.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the deserializer says where.
            return null;
        }
        catch (InvalidOperationException)
        {
            return $"body has a string that is not valid Unicode (byte {reader.TokenStartIndex})";
        }

        return null;
    }
}
