using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary>
/// Writes the unknown-actor report of <c>dyad code --candidates FILE</c>: one JSON line per name the
/// dictionaries do not know that stands where an event looks for an actor.
/// </summary>
internal sealed class CandidateSink(TextWriter writer) : IRunSink
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public void Coded(CodingResult result)
    {
        foreach (var c in result.ActorCandidates)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                w.WriteStartObject();
                w.WriteString("story_id", result.Story.Id);
                w.WriteNumber("sentence_index", c.Sentence);
                w.WriteString("text", c.Text);
                w.WriteString("entity_type", c.EntityType);
                w.WriteString("role", c.Role);
                w.WriteString("trigger", c.Trigger);
                w.WriteEndObject();
            }
            writer.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
        }
    }

    public void Rejected(Reject reject) { }

    public void Complete(RunSummary summary) => writer.Flush();
}
