using System.Globalization;
using Dyad.Analysis.Conllu;

namespace Dyad.Analysis.Parsing;

/// <summary>The trained parser with its per-iteration development scores.</summary>
/// <param name="Parser">The trained model (best dev iteration when a dev file was given).</param>
/// <param name="BestIteration">1-based iteration whose averaged weights were kept.</param>
/// <param name="DevScores">Dev scores after each iteration; empty without a dev file.</param>
/// <param name="TrainSentences">Training sentences used.</param>
/// <param name="LiftedArcs">Non-projective training arcs lifted to make the trees projective.</param>
public sealed record ParserTrainingResult(DependencyParser Parser, int BestIteration, IReadOnlyList<ParseScores> DevScores,
    int TrainSentences, int LiftedArcs);

/// <summary>
/// Trains the arc-hybrid parser: averaged perceptron, dynamic oracle with exploration
/// (Goldberg &amp; Nivre 2012, 2013), one update per wrong transition. Single-threaded and seeded:
/// the same data and options give a byte-identical model.
/// </summary>
public static class ParserTrainer
{
    private sealed record Example(string[] Words, string[] Upos, string[] Xpos, string[] Lemmas, int[] Heads, int[] Labels)
    {
        public SentenceAttributes? Attributes { get; set; }
    }

    /// <summary>Trains on <paramref name="trainPath"/>, scoring each iteration on <paramref name="devPath"/> if given.</summary>
    public static ParserTrainingResult Train(string trainPath, string? devPath, ParserTrainingOptions options,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trainPath);
        ArgumentNullException.ThrowIfNull(options);
        var sentences = ConlluReader.Read(trainPath).Where(s => s.Words.Length > 0);
        if (options.MaxTrainSentences is int max) sentences = sentences.Take(max);
        var train = sentences.ToList();
        var dev = devPath is null ? null : ConlluReader.Read(devPath).ToList();

        var labels = train.SelectMany(s => s.Words).Select(w => w.Deprel).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).ToArray();
        var transitions = new Transitions(labels);
        var labelIds = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);

        int lifted = 0;
        var examples = new List<Example>(train.Count);
        foreach (var s in train)
        {
            var w = s.Words;
            var heads = new int[w.Length + 1];
            var goldLabels = new int[w.Length + 1];
            heads[0] = -1;
            goldLabels[0] = -1;
            for (int i = 0; i < w.Length; i++)
            {
                heads[i + 1] = w[i].Head;
                goldLabels[i + 1] = labelIds[w[i].Deprel];
            }
            lifted += Projectivizer.Projectivize(heads);
            var ex = new Example(w.Select(x => x.Form).ToArray(), w.Select(x => x.Upos).ToArray(), w.Select(x => x.Xpos).ToArray(),
                w.Select(x => x.Lemma).ToArray(), heads, goldLabels);
            ex.Attributes = new SentenceAttributes(ex.Words, ex.Upos, ex.Xpos, ex.Lemmas);
            examples.Add(ex);
        }

        var ambiguity = options.TagNoise > 0 ? TagAmbiguity(train) : null;
        var model = new AveragedPerceptron(transitions.ActionCount);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var devScores = new List<ParseScores>();
        DependencyParser? best = null;
        int bestIteration = 0;
        double bestLas = double.NegativeInfinity;
        for (int iteration = 1; iteration <= options.Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(order);
            bool explore = iteration >= options.ExploreFromIteration;
            long transitionsSeen = 0, errors = 0;
            foreach (int index in order)
            {
                var example = examples[index];
                var attributes = ambiguity is null ? example.Attributes! : NoisyAttributes(example, ambiguity, options.TagNoise, random);
                var (steps, wrong) = TrainSentence(model, transitions, example, attributes, explore ? options.ExplorationProbability : 0, random);
                transitionsSeen += steps;
                errors += wrong;
            }

            bool last = iteration == options.Iterations;
            if (dev is null && !last) { Log(options, iteration, transitionsSeen, errors, model, null); continue; }
            var parser = new DependencyParser(transitions, model.Average(options.MinWeight));
            ParseScores? score = null;
            if (dev is not null)
            {
                score = ParserEvaluator.Evaluate(parser, dev);
                devScores.Add(score);
            }
            Log(options, iteration, transitionsSeen, errors, model, score);
            double las = score?.Las ?? 0;
            if (best is null || !options.KeepBestOnDev || las > bestLas)
            {
                best = parser;
                bestLas = las;
                bestIteration = iteration;
            }
        }
        return new ParserTrainingResult(best!, bestIteration, devScores, examples.Count, lifted);
    }

    /// <summary>For each word form, the (UPOS, XPOS) pairs it has in training with their counts; only ambiguous forms.</summary>
    private static Dictionary<string, (string Upos, string Xpos, int Count)[]> TagAmbiguity(List<ConlluSentence> train)
    {
        var counts = new Dictionary<(string Form, string Upos, string Xpos), int>();
        foreach (var w in train.SelectMany(s => s.Words))
        {
            var key = (w.Form, w.Upos, w.Xpos);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts.GroupBy(kv => kv.Key.Form, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .ToDictionary(g => g.Key, g => g.OrderBy(kv => kv.Key.Upos, StringComparer.Ordinal).ThenBy(kv => kv.Key.Xpos, StringComparer.Ordinal)
                .Select(kv => (kv.Key.Upos, kv.Key.Xpos, kv.Value)).ToArray(), StringComparer.Ordinal);
    }

    private static SentenceAttributes NoisyAttributes(Example ex, Dictionary<string, (string Upos, string Xpos, int Count)[]> ambiguity,
        double noise, Random random)
    {
        string[]? upos = null, xpos = null;
        for (int i = 0; i < ex.Words.Length; i++)
        {
            if (random.NextDouble() >= noise || !ambiguity.TryGetValue(ex.Words[i], out var choices)) continue;
            int total = 0;
            foreach (var c in choices) if (c.Upos != ex.Upos[i] || c.Xpos != ex.Xpos[i]) total += c.Count;
            int pick = random.Next(total);
            foreach (var c in choices)
            {
                if (c.Upos == ex.Upos[i] && c.Xpos == ex.Xpos[i]) continue;
                if ((pick -= c.Count) >= 0) continue;
                upos ??= (string[])ex.Upos.Clone();
                xpos ??= (string[])ex.Xpos.Clone();
                upos[i] = c.Upos;
                xpos[i] = c.Xpos;
                break;
            }
        }
        return upos is null ? ex.Attributes! : new SentenceAttributes(ex.Words, upos, xpos!, ex.Lemmas);
    }

    private static (int Steps, int Errors) TrainSentence(AveragedPerceptron model, Transitions transitions, Example ex,
        SentenceAttributes attributes, double exploration, Random random)
    {
        int n = ex.Words.Length;
        var state = new ParserState(n);
        Span<ulong> features = stackalloc ulong[FeatureExtractor.Count];
        Span<float> scores = stackalloc float[transitions.ActionCount];
        int steps = 0, errors = 0;
        while (!state.IsTerminal)
        {
            FeatureExtractor.Extract(state, attributes, features);
            model.Score(features, scores);
            int predicted = transitions.BestValid(state, scores);
            var costs = DynamicOracle.Costs(state, ex.Heads);
            int gold = -1, goldCost = int.MaxValue;
            for (int a = 0; a < scores.Length; a++)
            {
                int cost = DynamicOracle.Cost(state, transitions, a, costs, ex.Heads, ex.Labels);
                if (cost == DynamicOracle.Invalid) continue;
                if (cost < goldCost || (cost == goldCost && scores[a] > scores[gold]))
                {
                    gold = a;
                    goldCost = cost;
                }
            }
            int predictedCost = DynamicOracle.Cost(state, transitions, predicted, costs, ex.Heads, ex.Labels);
            if (predictedCost > goldCost)
            {
                model.Update(features, gold, 1f);
                model.Update(features, predicted, -1f);
                errors++;
            }
            model.Tick();
            steps++;
            int next = exploration > 0 && random.NextDouble() < exploration ? predicted : gold;
            Transitions.Apply(state, next);
        }
        return (steps, errors);
    }

    private static void Log(ParserTrainingOptions options, int iteration, long steps, long errors, AveragedPerceptron model, ParseScores? dev)
    {
        options.Log?.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"iteration {iteration}: transition error {100.0 * errors / Math.Max(1, steps):F2}%  features {model.FeatureCount:N0}  entries {model.EntryCount:N0}{(dev is null ? "" : "  dev " + dev)}"));
    }
}
