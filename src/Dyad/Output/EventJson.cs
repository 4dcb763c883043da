using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dyad.Output;

/// <summary>JSON serialisation of event records (snake_case, nulls kept, non-ASCII unescaped).</summary>
public static class EventJson
{
    /// <summary>Options used for every event record.</summary>
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        TypeInfoResolver = EventJsonContext.Default,
    };

    /// <summary>One event as one line of JSON.</summary>
    public static string Serialize(CodedEvent e) => JsonSerializer.Serialize(e, Options);

    /// <summary>One rejected story as one line of JSON: <c>{"id", "origin", "reason"}</c>.</summary>
    public static string Serialize(Dyad.Reading.Reject reject)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("id", reject.StoryId);
            w.WriteString("origin", reject.Origin);
            w.WriteString("reason", reject.Reason);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads one event line.</summary>
    public static CodedEvent? Deserialize(string line) => JsonSerializer.Deserialize<CodedEvent>(line, Options);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(CodedEvent))]
internal sealed partial class EventJsonContext : JsonSerializerContext;
