using Dyad.Analysis.Learning;
using Dyad.Analysis.Tagging;

namespace Dyad.Analysis.Entities;

/// <summary>Options for <see cref="EntityTrainer"/>.</summary>
/// <param name="Seed">Seed of the per-epoch shuffles.</param>
/// <param name="Iterations">Maximum number of epochs; the best on the tuning split is kept.</param>
/// <param name="TuneEvery">Every this-many-th sentence (index % TuneEvery == TuneEvery - 1) of the training file is held out for tuning.</param>
/// <param name="RetrainOnAll">After tuning, retrain on the whole file for the chosen number of epochs.</param>
public sealed record EntityTrainingOptions(int Seed = 1, int Iterations = 15, int TuneEvery = 5, bool RetrainOnAll = true);

/// <summary>What NER training produced.</summary>
/// <param name="Recognizer">The final model.</param>
/// <param name="BestIteration">Epochs chosen on the tuning split.</param>
/// <param name="TuneScores">Scores on the tuning split of the model trained without it.</param>
/// <param name="TuneF1ByIteration">Tuning-split F1 per epoch.</param>
public sealed record EntityTrainingResult(EntityRecognizer Recognizer, int BestIteration, EntityScores TuneScores, IReadOnlyList<double> TuneF1ByIteration);

/// <summary>
/// Trains <see cref="EntityRecognizer"/> on IOB2 data. UPOS features come from the given tagger's
/// predictions (as at run time), not from gold tags. The gazetteer feature for a training word
/// counts only other sentences' entities, so the model cannot learn to trust a gazetteer that
/// always contains the very entity being labelled. Deterministic.
/// </summary>
public static class EntityTrainer
{
    /// <summary>
    /// Splits <paramref name="path"/> deterministically by sentence index (every
    /// <see cref="EntityTrainingOptions.TuneEvery"/>-th sentence tunes), trains and tunes.
    /// </summary>
    public static EntityTrainingResult Train(string path, PerceptronTagger tagger, EntityTrainingOptions options, Action<string>? log = null)
    {
        var all = IobReader.Read(path).ToList();
        var train = all.Where((_, i) => i % options.TuneEvery != options.TuneEvery - 1).ToList();
        var tune = all.Where((_, i) => i % options.TuneEvery == options.TuneEvery - 1).ToList();
        var tuned = Train(train, tune, tagger, options.Iterations, options.Seed, log);
        if (!options.RetrainOnAll) return tuned;
        var final = Train(all, [], tagger, tuned.BestIteration, options.Seed, null);
        log?.Invoke($"retrained on all {all.Count} sentences for {tuned.BestIteration} iterations");
        return tuned with { Recognizer = final.Recognizer };
    }

    /// <summary>Trains on <paramref name="train"/>, choosing the epoch on <paramref name="tune"/> (the last epoch when it is empty).</summary>
    public static EntityTrainingResult Train(IReadOnlyList<IobSentence> train, IReadOnlyList<IobSentence> tune, PerceptronTagger tagger, int iterations, int seed, Action<string>? log = null)
    {
        var types = train.SelectMany(s => s.Labels).Where(l => l != "O").Select(l => l[2..]).Distinct().Order(StringComparer.Ordinal).ToArray();
        var labels = new[] { "O" }.Concat(types.Select(t => "B-" + t)).Concat(types.Select(t => "I-" + t)).ToArray();
        var labelIndex = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        var typeOf = labels.Select(l => l.Length > 2 ? l[2..] : null).ToArray();
        var isInside = labels.Select(l => l.StartsWith("I-", StringComparison.Ordinal)).ToArray();
        var allowed = EntityDecoder.AllowedTransitions(typeOf, isInside);

        var data = train.Select(s => Prepare(s, tagger, labelIndex)).ToArray();
        // Gazetteer counts: word (norm hash) -> occurrences per label bit, over all training sentences.
        var gazCounts = new Dictionary<ulong, int[]>();
        foreach (var s in data)
        {
            for (int i = 0; i < s.Gold.Length; i++)
            {
                if (s.Gold[i] == 0) continue;
                ulong norm = s.Context[i + 2].Norm;
                if (!gazCounts.TryGetValue(norm, out var counts)) gazCounts[norm] = counts = new int[labels.Length];
                counts[s.Gold[i]]++;
            }
        }
        var gazetteer = gazCounts.ToDictionary(kv => kv.Key, kv => Mask(kv.Value, null));
        foreach (var s in data)
        {
            for (int i = 0; i < s.Gold.Length; i++)
            {
                var own = new int[labels.Length];
                for (int j = 0; j < s.Gold.Length; j++)
                {
                    if (s.Gold[j] != 0 && s.Context[j + 2].Norm == s.Context[i + 2].Norm) own[s.Gold[j]]++;
                }
                s.Gazetteer[i + 2] = gazCounts.TryGetValue(s.Context[i + 2].Norm, out var counts) ? Mask(counts, own) : 0;
            }
        }

        var perceptron = new AveragedPerceptron(labels.Length);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var rng = new SplitMix64((ulong)seed);
        var feats = new ulong[EntityFeatures.MaxFeatures];
        var scores = new float[labels.Length];
        var curve = new List<double>();
        EntityRecognizer? best = null;
        EntityScores? bestScores = null;
        int bestIter = 0;
        for (int iter = 1; iter <= iterations; iter++)
        {
            rng.Shuffle(order);
            foreach (var si in order)
            {
                var s = data[si];
                var c = new EntityContext(s.Context, s.Upos, s.Gazetteer);
                int n = s.Gold.Length, L = labels.Length;
                var sentenceFeats = new ulong[n][];
                var emissions = new float[n * L];
                for (int i = 0; i < n; i++)
                {
                    int k = EntityFeatures.Extract(c, i, feats);
                    sentenceFeats[i] = feats[..k];
                    perceptron.Score(sentenceFeats[i], emissions.AsSpan(i * L, L));
                }
                var transitions = EntityDecoder.Transitions(f =>
                {
                    perceptron.Score([f], scores);
                    return scores.ToArray();
                }, L);
                var guess = new int[n];
                EntityDecoder.Viterbi(emissions, transitions, allowed, L, guess);
                for (int i = 0; i < n; i++)
                {
                    perceptron.Update(sentenceFeats[i], s.Gold[i], guess[i]);
                    int gp = i == 0 ? -1 : s.Gold[i - 1], pp = i == 0 ? -1 : guess[i - 1];
                    if (gp != pp || s.Gold[i] != guess[i])
                    {
                        perceptron.AddWeight(EntityFeatures.Transition(gp), s.Gold[i], 1f);
                        perceptron.AddWeight(EntityFeatures.Transition(pp), guess[i], -1f);
                    }
                }
            }
            if (tune.Count == 0 && iter < iterations) continue;
            var recognizer = new EntityRecognizer(perceptron.ToModel(), labels, gazetteer);
            if (tune.Count == 0) return new EntityTrainingResult(recognizer, iter, EntityScores.Empty, curve);
            var sc = EntityEvaluator.Evaluate(recognizer, tagger, tune);
            curve.Add(sc.F1);
            log?.Invoke($"iteration {iter}: tune P {100 * sc.Precision:F2} R {100 * sc.Recall:F2} F1 {100 * sc.F1:F2}");
            if (bestScores is null || sc.F1 > bestScores.F1)
            {
                best = recognizer;
                bestScores = sc;
                bestIter = iter;
            }
        }
        return new EntityTrainingResult(best!, bestIter, bestScores!, curve);
    }

    private static int Mask(int[] counts, int[]? own)
    {
        int mask = 0;
        for (int l = 1; l < counts.Length; l++)
        {
            if (counts[l] - (own?[l] ?? 0) > 0) mask |= 1 << (l - 1);
        }
        return mask;
    }

    private sealed record Prepared(int[] Gold, TokenHashes[] Context, ulong[] Upos, int[] Gazetteer);

    private static Prepared Prepare(IobSentence s, PerceptronTagger tagger, Dictionary<string, int> labelIndex)
    {
        var words = s.Words;
        var (upos, _) = tagger.Tag(words);
        var ctx = new TokenHashes[words.Length + 4];
        var uh = new ulong[words.Length + 4];
        EntityFeatures.FillContext(words, upos, ctx, uh);
        var gold = s.Labels.Select(l => labelIndex.TryGetValue(l, out var i) ? i : 0).ToArray();
        return new Prepared(gold, ctx, uh, new int[words.Length + 4]);
    }
}
