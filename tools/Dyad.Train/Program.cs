using System.Diagnostics;
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
        var result = TaggerTrainer.Train(Opt("train"), Opt("dev"), new TaggerTrainingOptions(seed, int.Parse(Opt("iterations", "12"))), Console.WriteLine);
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
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
return 0;
