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
                var (steps, wrong) = TrainSentence(model, transitions, examples[index], explore ? options.ExplorationProbability : 0, random);
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

    private static (int Steps, int Errors) TrainSentence(AveragedPerceptron model, Transitions transitions, Example ex,
        double exploration, Random random)
    {
        int n = ex.Words.Length;
        var state = new ParserState(n);
        Span<ulong> features = stackalloc ulong[FeatureExtractor.Count];
        Span<float> scores = stackalloc float[transitions.ActionCount];
        int steps = 0, errors = 0;
        while (!state.IsTerminal)
        {
            FeatureExtractor.Extract(state, ex.Attributes!, features);
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
