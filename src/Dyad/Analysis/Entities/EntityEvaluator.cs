using System.Collections.Immutable;
using Dyad.Analysis.Tagging;

namespace Dyad.Analysis.Entities;

/// <summary>CoNLL-style entity scores: a predicted span counts only with the exact boundaries and type.</summary>
/// <param name="Gold">Gold spans.</param>
/// <param name="Predicted">Predicted spans.</param>
/// <param name="Correct">Predicted spans that match a gold span exactly.</param>
/// <param name="ByType">Scores per entity type.</param>
public sealed record EntityScores(int Gold, int Predicted, int Correct, ImmutableSortedDictionary<string, EntityScores> ByType)
{
    /// <summary>No spans at all.</summary>
    public static EntityScores Empty { get; } = new(0, 0, 0, ImmutableSortedDictionary<string, EntityScores>.Empty);

    /// <summary>Correct / predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    /// <summary>Correct / gold.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Scores an <see cref="EntityRecognizer"/> on IOB2 data, tagging UPOS with the given tagger.</summary>
public static class EntityEvaluator
{
    /// <summary>Scores on the IOB2 file at <paramref name="path"/>.</summary>
    public static EntityScores Evaluate(EntityRecognizer recognizer, PerceptronTagger tagger, string path) =>
        Evaluate(recognizer, tagger, IobReader.Read(path).ToList());

    /// <summary>Scores on sentences in memory.</summary>
    public static EntityScores Evaluate(EntityRecognizer recognizer, PerceptronTagger tagger, IReadOnlyList<IobSentence> sentences)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal); // gold, predicted, correct
        int[] For(string type) => counts.TryGetValue(type, out var c) ? c : counts[type] = new int[3];
        foreach (var s in sentences)
        {
            var (upos, _) = tagger.Tag(s.Words);
            var predicted = recognizer.Recognize(s.Words, upos);
            var gold = s.Spans;
            foreach (var g in gold) For(g.Label)[0]++;
            foreach (var p in predicted)
            {
                For(p.Label)[1]++;
                if (gold.Contains(p)) For(p.Label)[2]++;
            }
        }
        var byType = counts.ToImmutableSortedDictionary(kv => kv.Key, kv => new EntityScores(kv.Value[0], kv.Value[1], kv.Value[2], ImmutableSortedDictionary<string, EntityScores>.Empty), StringComparer.Ordinal);
        return new EntityScores(counts.Values.Sum(c => c[0]), counts.Values.Sum(c => c[1]), counts.Values.Sum(c => c[2]), byType);
    }
}
