using System.Collections.Frozen;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Events;

/// <summary>
/// The walking skeleton's event stage: in each sentence, an actor mention, then a verb from a small
/// lexicon, then another actor mention make an event. It reads no syntax; the dependency-pattern
/// coder replaces it.
/// </summary>
public sealed class SurfaceVerbEventStage : IStage
{
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["met"] = "040", ["talks"] = "040", ["visited"] = "042", ["praised"] = "051", ["praising"] = "051",
        ["accused"] = "112", ["blamed"] = "112", ["denounced"] = "111", ["criticized"] = "111",
        ["attacked"] = "190", ["threatened"] = "130", ["urged"] = "020", ["called"] = "020",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "surface-events";

    /// <inheritdoc/>
    public Layer Requires => Layer.Mentions | Layer.Actors;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Events;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var events = new List<EventCandidate>();
        var mentions = document.Mentions;
        for (int s = 0; s < document.SentenceCount; s++)
        {
            var inSentence = mentions.Where(m => m.Sentence == s && m.Actor is not null).ToList();
            if (inSentence.Count < 2) continue;
            var sentence = document.Sentence(s);
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                if (!Verbs.TryGetValue(document.Words[t], out var code)) continue;
                var source = inSentence.LastOrDefault(m => m.End <= t);
                var target = inSentence.FirstOrDefault(m => m.Start > t && m.Actor!.Country != source?.Actor!.Country);
                if (source is null || target is null) continue;
                events.Add(new EventCandidate(s, code,
                    new EventArgument(source.Actor!, source.Start, source.End),
                    new EventArgument(target.Actor!, target.Start, target.End))
                {
                    Trigger = [t],
                    Rule = "surface:" + document.Words[t].ToLowerInvariant(),
                    Confidence = 0.3,
                });
            }
        }
        document.SetEvents(events);
    }
}
