using System.Globalization;
using System.IO.Hashing;
using System.Text;
using Dyad.Cameo;
using Dyad.Documents;

namespace Dyad.Output;

/// <summary>
/// The emit step: turns a document's event candidates into <see cref="CodedEvent"/> records with
/// the CAMEO table's figures. Negated candidates are not events; two candidates with the same
/// <c>event_id</c> (same sentence, actors and code) are one event, the more confident kept.
/// </summary>
public sealed class EventEmitter(CameoTable cameo)
{
    /// <summary>The records for one coded document, in sentence order.</summary>
    public IReadOnlyList<CodedEvent> Emit(NewsDocument document)
    {
        var byId = new Dictionary<string, (CodedEvent Event, double Confidence, int Order)>(StringComparer.Ordinal);
        int order = 0;
        foreach (var candidate in document.Events)
        {
            if (candidate.Mode == EventMode.Negated) continue;
            if (candidate.Source.Actor.Country is null && candidate.Target.Actor.Country is null) continue;
            var record = ToRecord(document, candidate);
            if (!byId.TryGetValue(record.EventId, out var seen) || seen.Confidence < candidate.Confidence)
                byId[record.EventId] = (record, candidate.Confidence, seen.Event is null ? order++ : seen.Order);
        }
        return byId.Values.OrderBy(v => v.Event.SentenceIndex).ThenBy(v => v.Order).Select(v => v.Event).ToList();
    }

    private CodedEvent ToRecord(NewsDocument doc, EventCandidate c)
    {
        var story = doc.Story;
        var code = cameo[c.Cameo];
        var sentence = doc.Sentence(c.Sentence);
        var trigger = string.Join(' ', c.Trigger.Select(t => doc.Words[t]));
        return new CodedEvent
        {
            EventId = EventId(story.Id, c.Sentence, c.Source.Actor.Code, c.Target.Actor.Code, c.Cameo),
            StoryId = story.Id,
            Date = story.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SentenceIndex = c.Sentence,
            Sentence = NormaliseSpace(sentence.Text),
            Source = Actor(doc, c.Source),
            Target = Actor(doc, c.Target),
            Cameo = code.Code,
            CameoName = code.Name,
            Root = code.Root,
            QuadClass = code.QuadClass,
            Goldstein = code.Goldstein,
            Plover = new PloverRecord(code.PloverEvent, code.PloverMode),
            Location = c.Location is { } l ? new LocationRecord(l.Name, l.Country, l.Lat, l.Lon, l.GazetteerId) : null,
            Evidence = new EvidenceRecord(trigger, c.Rule, Math.Round(c.Confidence, 3)),
            Mode = c.Mode.ToString().ToLowerInvariant(),
        };
    }

    private static ActorRecord Actor(NewsDocument doc, EventArgument a) =>
        new(a.Actor.Code, a.Actor.Country, a.Actor.Agents, NormaliseSpace(doc.TextOf(a.Start, a.End)), a.Actor.Name);

    /// <summary>The stable event id: XxHash128 of story, sentence, source, target and code.</summary>
    public static string EventId(string storyId, int sentence, string source, string target, string cameo)
    {
        var key = string.Join('\u001f', storyId, sentence.ToString(CultureInfo.InvariantCulture), source, target, cameo);
        return Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(key)));
    }

    private static string NormaliseSpace(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
