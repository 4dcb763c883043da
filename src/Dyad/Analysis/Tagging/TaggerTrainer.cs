using Dyad.Analysis.Conllu;
using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Tagging;

/// <summary>Options for <see cref="TaggerTrainer"/>.</summary>
/// <param name="Seed">Seed of the per-epoch shuffles.</param>
/// <param name="Iterations">Maximum number of epochs; the epoch with the best dev UPOS accuracy is kept.</param>
/// <param name="TagDictionaryMinCount">A word enters the tag dictionary when seen at least this often…</param>
/// <param name="TagDictionaryMinShare">…with one tag at least this share of the time.</param>
/// <param name="AmbiguityMinCount">Words seen fewer times get no ambiguity-class feature.</param>
public sealed record TaggerTrainingOptions(int Seed = 1, int Iterations = 12, int TagDictionaryMinCount = 20, double TagDictionaryMinShare = 0.97, int AmbiguityMinCount = 3);

/// <summary>What training produced: the model, the epoch kept and the dev accuracy curve.</summary>
public sealed record TaggerTrainingResult(PerceptronTagger Tagger, int BestIteration, double BestDevUpos, IReadOnlyList<double> DevUposByIteration);

/// <summary>
/// Trains <see cref="PerceptronTagger"/> on a CoNLL-U treebank. Deterministic: the same files and
/// options give a byte-identical model.
/// </summary>
public static class TaggerTrainer
{
    /// <summary>Trains on <paramref name="trainPath"/>, choosing the epoch on <paramref name="devPath"/>.</summary>
    public static TaggerTrainingResult Train(string trainPath, string devPath, TaggerTrainingOptions options, Action<string>? log = null)
    {
        var train = ConlluReader.Read(trainPath).Where(s => s.Words.Length > 0).ToList();
        var dev = ConlluReader.Read(devPath).Where(s => s.Words.Length > 0).ToList();
        return Train(train, dev, options, log);
    }

    /// <summary>Trains on sentences already in memory.</summary>
    public static TaggerTrainingResult Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, TaggerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var classes = train.SelectMany(s => s.Words).Select(JointTag).Distinct().Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var tagDict = BuildTagDictionary(train, classIndex, options);
        var ambiguity = BuildAmbiguityClasses(train, classIndex, options);

        var sentences = train.Select(s => (Words: s.Words.Select(w => w.Form).ToArray(), Gold: s.Words.Select(w => classIndex[JointTag(w)]).ToArray())).ToArray();
        var perceptron = new AveragedPerceptron(classes.Length);
        var order = Enumerable.Range(0, sentences.Length).ToArray();
        var rng = new SplitMix64((ulong)options.Seed);
        var curve = new List<double>();
        PerceptronTagger? best = null;
        int bestIter = 0;
        double bestAcc = -1;
        var feats = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classes.Length];
        for (int iter = 1; iter <= options.Iterations; iter++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var si in order)
            {
                var (words, gold) = sentences[si];
                var ctx = new TokenHashes[words.Length + 4];
                WordFeatures.ComputeSentence(words, ctx, ambiguity);
                int p1 = -1, p2 = -1;
                for (int i = 0; i < words.Length; i++)
                {
                    if (!tagDict.TryGetValue(words[i], out int guess))
                    {
                        int k = TaggerFeatures.Extract(ctx, i, p1, p2, feats);
                        guess = perceptron.Predict(feats.AsSpan(0, k), scores);
                        perceptron.Update(feats.AsSpan(0, k), gold[i], guess);
                    }
                    if (guess == gold[i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            var tagger = new PerceptronTagger(perceptron.ToModel(), classes, tagDict, ambiguity);
            double devAcc = dev.Count == 0 ? 0 : TaggingEvaluator.Evaluate(tagger, null, dev).Upos;
            curve.Add(devAcc);
            log?.Invoke($"iteration {iter}: train {100.0 * correct / total:F2}  dev UPOS {100 * devAcc:F2}  features {tagger.Model.FeatureCount}");
            if (devAcc > bestAcc)
            {
                bestAcc = devAcc;
                bestIter = iter;
                best = tagger;
            }
        }
        return new TaggerTrainingResult(best!, bestIter, bestAcc, curve);
    }

    internal static string JointTag(ConlluWord w) => w.Upos + "|" + w.Xpos;

    /// <summary>
    /// Ambiguity class per normalised word: a hash of the set of classes it carried in training
    /// (each with at least 5% of its occurrences). Only words seen <see cref="TaggerTrainingOptions.AmbiguityMinCount"/>
    /// times or more get one, so that the class of a rare training word does not simply leak its gold tag.
    /// </summary>
    private static Dictionary<ulong, ulong> BuildAmbiguityClasses(IEnumerable<ConlluSentence> train, Dictionary<string, int> classIndex, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<ulong, Dictionary<int, int>>();
        foreach (var s in train)
        {
            for (int i = 0; i < s.Words.Length; i++)
            {
                WordFeatures.Compute(s.Words[i].Form, i == 0, out var th);
                if (!counts.TryGetValue(th.Norm, out var byClass)) counts[th.Norm] = byClass = new Dictionary<int, int>();
                int c = classIndex[JointTag(s.Words[i])];
                byClass[c] = byClass.GetValueOrDefault(c) + 1;
            }
        }
        var result = new Dictionary<ulong, ulong>();
        foreach (var (norm, byClass) in counts)
        {
            int n = byClass.Values.Sum();
            if (n < options.AmbiguityMinCount) continue;
            ulong h = 0x5151;
            foreach (var c in byClass.Where(kv => kv.Value >= 0.05 * n).Select(kv => kv.Key).Order()) h = FeatureHash.Combine(h, (ulong)c);
            result[norm] = h;
        }
        return result;
    }

    private static Dictionary<string, int> BuildTagDictionary(IEnumerable<ConlluSentence> train, Dictionary<string, int> classIndex, TaggerTrainingOptions options)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        foreach (var w in train.SelectMany(s => s.Words))
        {
            if (!counts.TryGetValue(w.Form, out var byClass)) counts[w.Form] = byClass = new Dictionary<int, int>();
            int c = classIndex[JointTag(w)];
            byClass[c] = byClass.GetValueOrDefault(c) + 1;
        }
        var dict = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (word, byClass) in counts)
        {
            int n = byClass.Values.Sum();
            var top = byClass.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).First();
            if (n >= options.TagDictionaryMinCount && top.Value >= options.TagDictionaryMinShare * n) dict[word] = top.Key;
        }
        return dict;
    }
}
