using System.Diagnostics;
using Dyad.Analysis.Entities;
using Dyad.Analysis.Tagging;

// Usage: Dyad.Train tagger --train F --dev F [--test F] --out DIR [--seed N] [--iterations N]
//        Dyad.Train ner    --train F --test F [--tagger DIR/tagger.bin] --out DIR [--seed N] [--iterations N]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Dyad.Train tagger|ner|bench --train F --dev F [--test F] --out DIR [--seed N] [--iterations N]");
    return 2;
}
var opts = new Dictionary<string, string>();
for (int i = 1; i + 1 < args.Length; i += 2) opts[args[i].TrimStart('-')] = args[i + 1];
string Opt(string k, string d = "") => opts.TryGetValue(k, out var v) ? v : d;
int seed = int.Parse(Opt("seed", "1"));
var outDir = Opt("out", ".");
Directory.CreateDirectory(outDir);
var sw = Stopwatch.StartNew();

switch (args[0])
{
    case "tagger":
    {
        var result = TaggerTrainer.Train(Opt("train"), Opt("dev"), new TaggerTrainingOptions(seed, int.Parse(Opt("iterations", "12")), int.Parse(Opt("tagdict-min", "20")), 0.97, int.Parse(Opt("amb-min", "3"))), Console.WriteLine);
        Console.WriteLine($"best iteration {result.BestIteration}, dev UPOS {100 * result.BestDevUpos:F2}, {sw.Elapsed.TotalSeconds:F1}s");
        using (var f = File.Create(Path.Combine(outDir, "tagger.bin"))) result.Tagger.Save(f);
        var lemmatizer = Lemmatizer.Train(Dyad.Analysis.Conllu.ConlluReader.Read(Opt("train")));
        using (var f = File.Create(Path.Combine(outDir, "lemmatizer.bin"))) lemmatizer.Save(f);
        foreach (var (name, path) in new[] { ("dev", Opt("dev")), ("test", Opt("test")) })
        {
            if (path.Length == 0) continue;
            var s = TaggingEvaluator.Evaluate(result.Tagger, lemmatizer, path);
            Console.WriteLine($"{name}: words {s.Words} UPOS {100 * s.Upos:F2} XPOS {100 * s.Xpos:F2} UPOS+XPOS {100 * s.UposXpos:F2} lemma {100 * s.Lemma:F2}");
        }
        break;
    }
    case "ner":
    {
        var taggerPath = Opt("tagger");
        PerceptronTagger tagger;
        if (taggerPath.Length == 0) tagger = PerceptronTagger.LoadDefault();
        else using (var f = File.OpenRead(taggerPath)) tagger = PerceptronTagger.Load(f);
        var result = EntityTrainer.Train(Opt("train"), tagger, new EntityTrainingOptions(seed, int.Parse(Opt("iterations", "15"))), Console.WriteLine);
        var t = result.TuneScores;
        Console.WriteLine($"best iteration {result.BestIteration}: tune P {100 * t.Precision:F2} R {100 * t.Recall:F2} F1 {100 * t.F1:F2}, {sw.Elapsed.TotalSeconds:F1}s");
        using (var f = File.Create(Path.Combine(outDir, "ner.bin"))) result.Recognizer.Save(f);
        if (Opt("test").Length > 0)
        {
            var s = EntityEvaluator.Evaluate(result.Recognizer, tagger, Opt("test"));
            Console.WriteLine($"test: gold {s.Gold} predicted {s.Predicted} correct {s.Correct} P {100 * s.Precision:F2} R {100 * s.Recall:F2} F1 {100 * s.F1:F2}");
            foreach (var (type, ts) in s.ByType) Console.WriteLine($"  {type}: gold {ts.Gold} P {100 * ts.Precision:F2} R {100 * ts.Recall:F2} F1 {100 * ts.F1:F2}");
        }
        break;
    }
    case "bench":
    {
        // Loads the embedded models and measures single-threaded throughput on a CoNLL-U file.
        Console.WriteLine(string.Join(", ", typeof(PerceptronTagger).Assembly.GetManifestResourceNames()));
        var t0 = Stopwatch.StartNew();
        var tagger = PerceptronTagger.LoadDefault();
        Console.WriteLine($"tagger load {t0.Elapsed.TotalMilliseconds:F0} ms");
        t0.Restart();
        var lemmatizer = Lemmatizer.LoadDefault();
        Console.WriteLine($"lemmatizer load {t0.Elapsed.TotalMilliseconds:F0} ms");
        t0.Restart();
        var ner = EntityRecognizer.LoadDefault();
        Console.WriteLine($"ner load {t0.Elapsed.TotalMilliseconds:F0} ms");
        var sents = Dyad.Analysis.Conllu.ConlluReader.Read(Opt("test")).Select(s => s.Words.Select(w => w.Form).ToArray()).ToArray();
        int words = sents.Sum(s => s.Length);
        var upos = new string[512];
        var xpos = new string[512];
        foreach (var s in sents) tagger.Tag(s, upos, xpos); // warm-up
        double bestTag = 0, bestLem = 0, bestNer = 0;
        for (int rep = 0; rep < 10; rep++)
        {
            t0.Restart();
            foreach (var s in sents) tagger.Tag(s, upos, xpos);
            double tagSec = t0.Elapsed.TotalSeconds;
            t0.Restart();
            foreach (var s in sents)
            {
                tagger.Tag(s, upos, xpos);
                for (int i = 0; i < s.Length; i++) lemmatizer.Lemmatize(s[i], upos[i], xpos[i]);
            }
            double lemSec = t0.Elapsed.TotalSeconds - tagSec;
            t0.Restart();
            foreach (var s in sents)
            {
                tagger.Tag(s, upos, xpos);
                ner.Recognize(s, upos[..s.Length]);
            }
            double nerSec = t0.Elapsed.TotalSeconds - tagSec;
            bestTag = Math.Max(bestTag, sents.Length / tagSec);
            if (lemSec > 0) bestLem = Math.Max(bestLem, words / lemSec);
            if (nerSec > 0) bestNer = Math.Max(bestNer, sents.Length / nerSec);
        }
        Console.WriteLine($"{sents.Length} sentences, {words} words, best of 10: tagger {bestTag:F0} sent/s ({bestTag * words / sents.Length:F0} words/s), lemmatizer {bestLem:F0} words/s, ner (excl. tagging) {bestNer:F0} sent/s");
        break;
    }
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
return 0;
