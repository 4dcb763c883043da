using System.CommandLine;
using System.Diagnostics;
using Dyad.Analysis.Conllu;
using Dyad.Analysis.Entities;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad train tagger|parser|ner</c>: retrains a shipped model from its data, deterministically
/// (the same data, seed and iterations give byte-identical files).
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Retrain a model (tagger + lemmatizer, parser, or entity recogniser) from its data.");
        command.Subcommands.Add(Tagger());
        command.Subcommands.Add(Parser());
        command.Subcommands.Add(Ner());
        return command;
    }

    private static (Option<string> Train, Option<string?> Dev, Option<string> Out, Option<int> Seed, Option<int?> Iterations) Common(string trainHelp)
    {
        return (
            new Option<string>("--train") { Description = trainHelp, Required = true },
            new Option<string?>("--dev") { Description = "Development file for choosing the iteration (CoNLL-U)." },
            new Option<string>("--out") { Description = "Folder to write the model into.", Required = true },
            new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => 1 },
            new Option<int?>("--iterations") { Description = "Training passes (default: the shipped model's)." });
    }

    private static void Exists(params string?[] paths)
    {
        foreach (var p in paths)
            if (p is not null && !File.Exists(p)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, p));
    }

    private static Command Tagger()
    {
        var (train, dev, output, seed, iterations) = Common("UD training file (CoNLL-U).");
        var command = new Command("tagger", "Train the POS tagger and the lemmatizer (UD English-EWT train/dev).") { train, dev, output, seed, iterations };
        command.SetAction(parse =>
        {
            var (t, d, o) = (parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!);
            Exists(t, d);
            if (d is null) throw new UsageException("the tagger needs --dev to choose its iteration");
            Directory.CreateDirectory(o);
            var options = new TaggerTrainingOptions(Seed: parse.GetValue(seed), Iterations: parse.GetValue(iterations) ?? new TaggerTrainingOptions().Iterations);
            var result = TaggerTrainer.Train(t, d, options, Console.Error.WriteLine);
            using (var f = File.Create(Path.Combine(o, "tagger.bin"))) result.Tagger.Save(f);
            var lemmatizer = Lemmatizer.Train(ConlluReader.Read(t));
            using (var f = File.Create(Path.Combine(o, "lemmatizer.bin"))) lemmatizer.Save(f);
            var s = TaggingEvaluator.Evaluate(result.Tagger, lemmatizer, d);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"{{\"model\": \"tagger\", \"best_iteration\": {result.BestIteration}, \"dev_upos\": {100 * s.Upos:F2}, \"dev_xpos\": {100 * s.Xpos:F2}, \"dev_lemma\": {100 * s.Lemma:F2}}}"));
            return Cli.Ok;
        });
        return command;
    }

    private static Command Parser()
    {
        var (train, dev, output, seed, iterations) = Common("UD training file (CoNLL-U).");
        var command = new Command("parser", "Train the dependency parser (UD English-EWT train/dev).") { train, dev, output, seed, iterations };
        command.SetAction(parse =>
        {
            var (t, d, o) = (parse.GetValue(train)!, parse.GetValue(dev), parse.GetValue(output)!);
            Exists(t, d);
            Directory.CreateDirectory(o);
            var options = new ParserTrainingOptions
            {
                Seed = parse.GetValue(seed),
                Iterations = parse.GetValue(iterations) ?? new ParserTrainingOptions().Iterations,
                Log = Console.Error,
            };
            var result = ParserTrainer.Train(t, d, options);
            result.Parser.Save(Path.Combine(o, "parser.bin"));
            var line = $"{{\"model\": \"parser\", \"best_iteration\": {result.BestIteration}";
            if (d is not null)
            {
                var s = ParserEvaluator.Evaluate(result.Parser, d);
                line += FormattableString.Invariant($", \"dev_uas\": {s.Uas:F2}, \"dev_las\": {s.Las:F2}");
            }
            Console.Out.WriteLine(line + "}");
            return Cli.Ok;
        });
        return command;
    }

    private static Command Ner()
    {
        var (train, _, output, seed, iterations) = Common("Universal NER file (IOB2); 80% trains, 20% tunes.");
        var command = new Command("ner", "Train the entity recogniser (Universal NER).") { train, output, seed, iterations };
        command.SetAction(parse =>
        {
            var (t, o) = (parse.GetValue(train)!, parse.GetValue(output)!);
            Exists(t);
            Directory.CreateDirectory(o);
            var options = new EntityTrainingOptions(Seed: parse.GetValue(seed), Iterations: parse.GetValue(iterations) ?? new EntityTrainingOptions().Iterations);
            var result = EntityTrainer.Train(t, PerceptronTagger.LoadDefault(), options, Console.Error.WriteLine);
            using (var f = File.Create(Path.Combine(o, "ner.bin"))) result.Recognizer.Save(f);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"{{\"model\": \"ner\", \"best_iteration\": {result.BestIteration}, \"tune_f1\": {100 * result.TuneScores.F1:F2}}}"));
            return Cli.Ok;
        });
        return command;
    }
}
