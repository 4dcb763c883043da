using System.CommandLine;
using System.Diagnostics;
using Dyad.Analysis;
using Dyad.Analysis.Conllu;
using Dyad.Analysis.Evaluation;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad nlp-eval FILE.conllu [--raw]</c>: scores the shipped tagger, lemmatizer and parser on a
/// UD file — on its gold tokens (with predicted tags feeding the parser), or from its raw text.
/// </summary>
internal static class NlpEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A CoNLL-U file (e.g. UD English-EWT test)." };
        var raw = new Option<bool>("--raw") { Description = "Start from the raw '# text' lines and score tokens, sentences, UPOS and LAS as CoNLL 2018 did." };
        var command = new Command("nlp-eval", "Score the language analysis on a UD treebank file.") { file, raw };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, path));
            var tagger = PerceptronTagger.LoadDefault();
            var lemmatizer = Lemmatizer.LoadDefault();
            var parser = DependencyParser.LoadDefault();
            if (parse.GetValue(raw))
            {
                var pipeline = new CodingPipeline([new TextStage(), new TagStage(tagger, lemmatizer), new ParseStage(parser)]);
                var r = RawTextEvaluator.Evaluate(path, pipeline);
                Console.Out.WriteLine(FormattableString.Invariant(
                    $"{{\"sentences\": {r.Sentences}, \"tokens\": {r.Tokens:F2}, \"sentences_f1\": {r.SentencesF1:F2}, \"words\": {r.Words:F2}, \"upos\": {r.Upos:F2}, \"las\": {r.Las:F2}, \"sentences_per_second\": {r.SentencesPerSecond:F0}}}"));
                return Cli.Ok;
            }
            var sentences = ConlluReader.Read(path).Where(s => s.Words.Length > 0).ToList();
            var tagging = TaggingEvaluator.Evaluate(tagger, lemmatizer, sentences);
            // Tag once, timed with the parse, as the pipeline does.
            var predicted = new Dictionary<ConlluSentence, SentenceTags>(ReferenceEqualityComparer.Instance);
            var clock = Stopwatch.StartNew();
            foreach (var s in sentences)
            {
                var words = s.Words.Select(w => w.Form).ToArray();
                var (upos, xpos) = tagger.Tag(words);
                var lemmas = words.Select((w, i) => lemmatizer.Lemmatize(w, upos[i], xpos[i])).ToArray();
                predicted[s] = new SentenceTags(upos, xpos, lemmas);
            }
            var parsing = ParserEvaluator.Evaluate(parser, sentences, s => predicted[s]);
            clock.Stop();
            Console.Out.WriteLine(FormattableString.Invariant(
                $"{{\"sentences\": {sentences.Count}, \"upos\": {100 * tagging.Upos:F2}, \"xpos\": {100 * tagging.Xpos:F2}, \"lemma\": {100 * tagging.Lemma:F2}, \"uas\": {parsing.Uas:F2}, \"las\": {parsing.UniversalLas:F2}, \"las_full_labels\": {parsing.Las:F2}, \"sentences_per_second\": {sentences.Count / clock.Elapsed.TotalSeconds:F0}}}"));
            return Cli.Ok;
        });
        return command;
    }
}
