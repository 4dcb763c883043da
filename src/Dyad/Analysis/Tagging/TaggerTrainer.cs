using System.Collections.Frozen;
using Dyad.Analysis.Conllu;
using Dyad.Analysis.Learning;

namespace Dyad.Analysis.Tagging;

/// <summary>Options for <see cref="TaggerTrainer"/>.</summary>
/// <param name="Seed">Seed of the per-epoch shuffles.</param>
/// <param name="Iterations">Maximum number of epochs; the epoch with the best dev UPOS accuracy is kept.</param>
/// <param name="TagDictionaryMinCount">A word enters the tag dictionary when seen at least this often…</param>
/// <param name="TagDictionaryMinShare">…with one tag at least this share of the time.</param>
/// <param name="AmbiguityMinCount">Words seen fewer times get no ambiguity-class feature.</param>
/// <param name="JackknifeFolds">Folds for the second pass's training tags; below 2, no second pass is trained.</param>
public sealed record TaggerTrainingOptions(int Seed = 1, int Iterations = 12, int TagDictionaryMinCount = 20, double TagDictionaryMinShare = 0.97, int AmbiguityMinCount = 3, int JackknifeFolds = 5);

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

    /// <summary>
    /// Trains on sentences already in memory: the first pass on all of train (epoch chosen on dev),
    /// then the second pass on first-pass tags obtained by jackknifing (each fold tagged by a
    /// first pass that never saw it, so the second pass learns from realistic errors).
    /// </summary>
    public static TaggerTrainingResult Train(IReadOnlyList<ConlluSentence> train, IReadOnlyList<ConlluSentence> dev, TaggerTrainingOptions options, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var classes = train.SelectMany(s => s.Words).Select(JointTag).Distinct().Order(StringComparer.Ordinal).ToArray();
        var classIndex = classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var tagDict = BuildTagDictionary(train, classIndex, options).ToFrozenDictionary(StringComparer.Ordinal);
        var ambiguity = BuildAmbiguityClasses(train, classIndex, options).ToFrozenDictionary();
        var data = train.Select(s => new TrainingSentence(s.Words.Select(w => w.Form).ToArray(), s.Words.Select(w => classIndex[JointTag(w)]).ToArray(), ambiguity)).ToArray();

        // Pass 1 on all of train, epoch chosen on dev.
        var (first, firstIter, firstDev, _) = TrainPass(data, null, classes.Length, tagDict, options.Iterations, options.Seed,
            m => dev.Count == 0 ? 0 : TaggingEvaluator.Evaluate(new PerceptronTagger(m, classes, tagDict, ambiguity), null, dev).Upos,
            s => log?.Invoke("pass 1 " + s));
        log?.Invoke($"pass 1: best iteration {firstIter}, dev UPOS {100 * firstDev:F2}");
        if (options.JackknifeFolds < 2)
        {
            return new TaggerTrainingResult(new PerceptronTagger(first, classes, tagDict, ambiguity), firstIter, firstDev, [firstDev]);
        }

        // Jackknife first-pass tags for train.
        var lookahead = new int[data.Length][];
        for (int fold = 0; fold < options.JackknifeFolds; fold++)
        {
            var rest = data.Where((_, i) => i % options.JackknifeFolds != fold).ToArray();
            var (m, _, _, _) = TrainPass(rest, null, classes.Length, tagDict, firstIter, options.Seed + fold + 1, null, null);
            var feats = new ulong[TaggerFeatures.MaxFeatures];
            var scores = new float[classes.Length];
            for (int i = fold; i < data.Length; i += options.JackknifeFolds)
            {
                lookahead[i] = new int[data[i].Words.Length];
                PerceptronTagger.Decode(data[i].Words, data[i].Context, m, tagDict, default, lookahead[i], feats, scores);
            }
            log?.Invoke($"jackknife fold {fold + 1}/{options.JackknifeFolds} done");
        }

        // Pass 2, epoch chosen on dev with the full pipeline.
        var (second, secondIter, secondDev, curve) = TrainPass(data, lookahead, classes.Length, tagDict, options.Iterations, options.Seed,
            m => dev.Count == 0 ? 0 : TaggingEvaluator.Evaluate(new PerceptronTagger(first, classes, tagDict, ambiguity, m), null, dev).Upos,
            s => log?.Invoke("pass 2 " + s));
        log?.Invoke($"pass 2: best iteration {secondIter}, dev UPOS {100 * secondDev:F2}");
        return new TaggerTrainingResult(new PerceptronTagger(first, classes, tagDict, ambiguity, second), secondIter, secondDev, curve);
    }

    private sealed class TrainingSentence
    {
        public TrainingSentence(string[] words, int[] gold, IReadOnlyDictionary<ulong, ulong> ambiguity)
        {
            Words = words;
            Gold = gold;
            Context = new TokenHashes[words.Length + 4];
            WordFeatures.ComputeSentence(words, Context, ambiguity);
        }

        public string[] Words { get; }
        public int[] Gold { get; }
        public TokenHashes[] Context { get; }
    }

    private static (PerceptronModel Model, int BestIteration, double BestScore, List<double> Curve) TrainPass(
        TrainingSentence[] data, int[][]? lookahead, int classCount, IReadOnlyDictionary<string, int> tagDict, int iterations, int seed,
        Func<PerceptronModel, double>? evaluate, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(classCount);
        var order = Enumerable.Range(0, data.Length).ToArray();
        var rng = new SplitMix64((ulong)seed);
        var feats = new ulong[TaggerFeatures.MaxFeatures];
        var scores = new float[classCount];
        var curve = new List<double>();
        PerceptronModel? best = null;
        int bestIter = 0;
        double bestScore = double.NegativeInfinity;
        for (int iter = 1; iter <= iterations; iter++)
        {
            rng.Shuffle(order);
            int correct = 0, total = 0;
            foreach (var si in order)
            {
                var s = data[si];
                var next = lookahead?[si];
                int n = s.Words.Length, p1 = -1, p2 = -1;
                for (int i = 0; i < n; i++)
                {
                    if (!tagDict.TryGetValue(s.Words[i], out int guess))
                    {
                        int k = next is null
                            ? TaggerFeatures.Extract(s.Context, i, p1, p2, feats)
                            : TaggerFeatures.Extract(s.Context, i, p1, p2, i + 1 < n ? next[i + 1] : -1, i + 2 < n ? next[i + 2] : -1, feats);
                        guess = perceptron.Predict(feats.AsSpan(0, k), scores);
                        perceptron.Update(feats.AsSpan(0, k), s.Gold[i], guess);
                    }
                    if (guess == s.Gold[i]) correct++;
                    total++;
                    p2 = p1;
                    p1 = guess;
                }
            }
            if (evaluate is null)
            {
                log?.Invoke($"iteration {iter}: train {100.0 * correct / total:F2}");
                continue;
            }
            var model = perceptron.ToModel();
            double score = evaluate(model);
            curve.Add(score);
            log?.Invoke($"iteration {iter}: train {100.0 * correct / total:F2}  dev UPOS {100 * score:F2}  features {model.FeatureCount}");
            if (score > bestScore)
            {
                bestScore = score;
                bestIter = iter;
                best = model;
            }
        }
        return evaluate is null ? (perceptron.ToModel(), iterations, double.NaN, curve) : (best!, bestIter, bestScore, curve);
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
