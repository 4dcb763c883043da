// Throwaway console for training and measuring the dependency parser; `dyad train parser` will
// expose the same library calls. Usage:
//   Dyad.TrainParser --train F --dev F --test F --out DIR [--iterations N] [--seed N] [--max-train N]
//                    [--min-weight W] [--tag-noise P] [--explore P] [--pred-dev F --pred-test F] [--bench]
//   Dyad.TrainParser --model FILE|default [--prune W] [--dev F] --test F [--pred-test F] [--bench] [--profile]
// --pred-dev/--pred-test: the same sentences with UPOS/XPOS/LEMMA predicted by a tagger (gold heads kept).
// --bench: single-threaded parse speed on the test file (wall and CPU time; the machine is shared).
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Dyad.Analysis.Conllu;
using Dyad.Analysis.Parsing;

var opts = new Dictionary<string, string>(StringComparer.Ordinal);
for (int i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) { Console.Error.WriteLine($"unexpected argument {args[i]}"); return 2; }
    string key = args[i][2..];
    opts[key] = i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "true";
}
string? Get(string key) => opts.TryGetValue(key, out var v) ? v : null;
int GetInt(string key, int fallback) => Get(key) is string v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

DependencyParser parser;
ParserTrainingOptions? options = null;
ParserTrainingResult? result = null;
string? modelPath = Get("model");
if (Get("train") is string train)
{
    options = new ParserTrainingOptions
    {
        Seed = GetInt("seed", 1),
        Iterations = GetInt("iterations", 15),
        MaxTrainSentences = Get("max-train") is null ? null : GetInt("max-train", 0),
        ExplorationProbability = Get("explore") is string e ? double.Parse(e, CultureInfo.InvariantCulture) : 0.9,
        TagNoise = Get("tag-noise") is string tn ? double.Parse(tn, CultureInfo.InvariantCulture) : 0,
        MinWeight = Get("min-weight") is string mw ? float.Parse(mw, CultureInfo.InvariantCulture) : new ParserTrainingOptions().MinWeight,
        Log = Console.Out,
    };
    var sw = Stopwatch.StartNew();
    result = ParserTrainer.Train(train, Get("dev"), options);
    Console.WriteLine($"trained in {sw.Elapsed.TotalSeconds:F0}s; best iteration {result.BestIteration}; {result.TrainSentences} sentences; {result.LiftedArcs} arcs lifted");
    parser = result.Parser;
    if (Get("out") is string outDir)
    {
        Directory.CreateDirectory(outDir);
        modelPath = Path.Combine(outDir, "parser.bin");
        parser.Save(modelPath);
        Console.WriteLine($"wrote {modelPath} ({new FileInfo(modelPath).Length / 1e6:F1} MB, {parser.FeatureCount:N0} features)");
    }
}
else if (modelPath is not null)
{
    var sw = Stopwatch.StartNew();
    parser = modelPath == "default" ? DependencyParser.LoadDefault() : DependencyParser.Load(modelPath);
    Console.WriteLine($"loaded {modelPath} in {sw.Elapsed.TotalMilliseconds:F0} ms");
    if (Get("prune") is string prune)
    {
        parser = new DependencyParser(parser.Transitions, parser.Weights.Prune(float.Parse(prune, CultureInfo.InvariantCulture)));
        Console.WriteLine($"pruned below {prune}: {parser.FeatureCount:N0} features, {parser.Weights.EntryCount:N0} entries");
    }
}
else
{
    Console.Error.WriteLine("need --train or --model");
    return 2;
}

ParseScores? devScores = Get("dev") is string devPath ? ParserEvaluator.Evaluate(parser, devPath) : null;
ParseScores? testScores = null;
if (devScores is not null) Console.WriteLine($"dev  (gold tags): {devScores}");
if (Get("test") is string testPath)
{
    testScores = ParserEvaluator.Evaluate(parser, testPath);
    Console.WriteLine($"test (gold tags): {testScores}");
    if (Get("bench") is not null) Bench(parser, testPath);
    if (Get("profile") is not null) Profile(parser, testPath);
}
// Predicted tags: a CoNLL-U file of the same sentences whose UPOS/XPOS/LEMMA columns come from a tagger.
ParseScores? predDev = EvaluatePredicted(parser, Get("dev"), Get("pred-dev"), "dev ");
ParseScores? predTest = EvaluatePredicted(parser, Get("test"), Get("pred-test"), "test");
if (result is not null && options is not null && modelPath is not null && Get("out") is string dir)
{
    WriteManifest(Path.Combine(dir, "MANIFEST-parser.json"), modelPath, options, result, devScores, testScores, predDev, predTest);
}
return 0;

static void Bench(DependencyParser parser, string path)
{
    var sentences = ConlluReader.Read(path).Where(s => s.Words.Length > 0)
        .Select(s => (Words: s.Words.Select(w => w.Form).ToArray(), Upos: s.Words.Select(w => w.Upos).ToArray(),
            Xpos: s.Words.Select(w => w.Xpos).ToArray(), Lemmas: s.Words.Select(w => w.Lemma).ToArray())).ToList();
    var heads = new int[1000];
    var deprels = new string[1000];
    // CPU time as well as wall time: the machine is shared, and CPU time is what one core gives.
    var process = Process.GetCurrentProcess();
    for (int round = 0; round < 5; round++)
    {
        var cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        long words = 0;
        foreach (var s in sentences)
        {
            parser.Parse(s.Words, s.Upos, s.Xpos, s.Lemmas, heads, deprels);
            words += s.Words.Length;
        }
        double secs = sw.Elapsed.TotalSeconds;
        process.Refresh();
        double cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine($"bench round {round + 1}: {sentences.Count / secs:N0} sentences/s wall, {sentences.Count / cpu:N0} sentences/s CPU, {words / cpu:N0} words/s CPU (single thread)");
    }
}

// Splits parse time into attribute hashing, feature extraction and scoring (CPU time).
static void Profile(DependencyParser parser, string path)
{
    var sentences = ConlluReader.Read(path).Where(s => s.Words.Length > 0).ToList();
    var process = Process.GetCurrentProcess();
    var ulongs = new ulong[FeatureExtractor.Count];
    var scores = new float[parser.Transitions.ActionCount];
    for (int round = 0; round < 2; round++)
    {
        TimeSpan attr = default, extract = default, score = default;
        long steps = 0;
        foreach (var s in sentences)
        {
            var words = s.Words.Select(w => w.Form).ToArray();
            var upos = s.Words.Select(w => w.Upos).ToArray();
            var xpos = s.Words.Select(w => w.Xpos).ToArray();
            var lemmas = s.Words.Select(w => w.Lemma).ToArray();
            var t0 = process.TotalProcessorTime;
            SentenceAttributes? a = null;
            for (int k = 0; k < 20; k++) a = new SentenceAttributes(words, upos, xpos, lemmas);
            process.Refresh();
            var t1 = process.TotalProcessorTime;
            attr += (t1 - t0) / 20;
            var state = new ParserState(words.Length);
            var e0 = Stopwatch.GetTimestamp();
            var e1 = e0;
            while (!state.IsTerminal)
            {
                var x0 = Stopwatch.GetTimestamp();
                FeatureExtractor.Extract(state, a!, ulongs);
                var x1 = Stopwatch.GetTimestamp();
                parser.Weights.Score(ulongs, scores);
                var x2 = Stopwatch.GetTimestamp();
                extract += Stopwatch.GetElapsedTime(x0, x1);
                score += Stopwatch.GetElapsedTime(x1, x2);
                Transitions.Apply(state, parser.Transitions.BestValid(state, scores));
                steps++;
            }
        }
        Console.WriteLine($"profile: attributes {attr.TotalMilliseconds:F0} ms (process-time granularity), extract {extract.TotalMilliseconds:F0} ms, score {score.TotalMilliseconds:F0} ms over {steps:N0} steps / {sentences.Count} sentences");
    }
}

static ParseScores? EvaluatePredicted(DependencyParser parser, string? goldPath, string? predictedPath, string name)
{
    if (goldPath is null || predictedPath is null) return null;
    var predicted = ConlluReader.Read(predictedPath).Where(s => s.Words.Length > 0).ToList();
    int next = 0;
    var scores = ParserEvaluator.Evaluate(parser, goldPath, gold =>
    {
        var p = predicted[next++];
        if (p.Words.Length != gold.Words.Length) throw new InvalidDataException($"{predictedPath}: sentence {next} does not match the gold file.");
        return ParserEvaluator.GoldTags(p);
    });
    Console.WriteLine($"{name} (predicted tags): {scores}");
    return scores;
}

static void WriteManifest(string path, string modelPath, ParserTrainingOptions options, ParserTrainingResult result,
    ParseScores? dev, ParseScores? test, ParseScores? predDev, ParseScores? predTest)
{
    string sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(modelPath)));
    static string S(ParseScores? s) => s is null ? "null" : string.Create(CultureInfo.InvariantCulture,
        $"{{\"uas\": {s.Uas:F2}, \"las\": {s.Las:F2}, \"las_universal\": {s.UniversalLas:F2}, \"words\": {s.Words}}}");
    var json = string.Create(CultureInfo.InvariantCulture, $$"""
        {
          "model": "dyad-parser-arc-hybrid-en",
          "file": "parser.bin",
          "resource": "{{DependencyParser.DefaultResourceName}}",
          "produced_by": "tools/Dyad.TrainParser (library: Dyad.Analysis.Parsing.ParserTrainer.Train)",
          "command": "dotnet tools/Dyad.TrainParser/bin/Release/net10.0/Dyad.TrainParser.dll {{string.Join(' ', Environment.GetCommandLineArgs().Skip(1)).Replace("\\", "/")}}",
          "format_version": {{DependencyParser.FormatVersion}},
          "algorithm": "greedy arc-hybrid, dynamic oracle with exploration, averaged perceptron",
          "training_data": "UD English-EWT 2.16 (train; dev for iteration selection)",
          "training_data_license": "CC BY-SA 4.0",
          "license": "derived from UD English-EWT, CC BY-SA 4.0 (Silveira et al. 2014; Universal Dependencies contributors; https://github.com/UniversalDependencies/UD_English-EWT)",
          "tags_used_in_training": "gold UPOS/XPOS/lemmas (tag_noise is the share swapped within each word's ambiguity class; 0 = none)",
          "seed": {{options.Seed}},
          "iterations": {{options.Iterations}},
          "best_iteration": {{result.BestIteration}},
          "exploration_probability": {{options.ExplorationProbability}},
          "tag_noise": {{options.TagNoise}},
          "min_weight": {{options.MinWeight}},
          "features": {{result.Parser.FeatureCount}},
          "scores_note": "all words incl. punctuation; las = full label with subtypes, las_universal = universal part only (official CoNLL 2018 LAS)",
          "dev_gold_tags": {{S(dev)}},
          "test_gold_tags": {{S(test)}},
          "predicted_tags_note": "tags and lemmas from the nlp-tagger branch's PerceptronTagger/Lemmatizer default models",
          "dev_predicted_tags": {{S(predDev)}},
          "test_predicted_tags": {{S(predTest)}},
          "size_bytes": {{new FileInfo(modelPath).Length}},
          "sha256": "{{sha}}"
        }
        """);
    File.WriteAllText(path, json + "\n");
    Console.WriteLine($"wrote {path}");
}
