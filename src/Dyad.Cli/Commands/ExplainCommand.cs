using System.CommandLine;
using System.Globalization;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Events;
using Dyad.Output;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad explain "SENTENCE" [--date D]</c>: the debugging view — tokens, tags and tree, the
/// actors found and why, each pattern tried and why it fired or not, and the events.
/// </summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The sentence or short story to explain." };
        var date = new Option<string>("--date") { Description = "Story date (YYYY-MM-DD); office-holders resolve against it.", DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var command = new Command("explain", "Show how Dyad reads a sentence: tokens, tree, actors, patterns tried, events.") { text, date };
        command.SetAction(parse =>
        {
            var d = parse.GetValue(date)!;
            if (!StoryReader.TryParseDate(d, out var day)) throw new UsageException(DyadErrors.Format(DyadErrors.BadDate, d));
            var trials = new List<PatternTrial>();
            var coder = new Coder(new Pipeline.CodingPipeline(Coder.DefaultStages(trials)), Cameo.CameoTable.Shared);
            var story = new Story("explain", day, parse.GetValue(text)!);
            var doc = coder.Annotate(story);
            Print(Console.Out, doc, trials, new EventEmitter(Cameo.CameoTable.Shared).Emit(doc));
            return Cli.Ok;
        });
        return command;
    }

    internal static void Print(TextWriter o, NewsDocument doc, IReadOnlyList<PatternTrial> trials, IReadOnlyList<CodedEvent> events)
    {
        foreach (var sentence in doc.Sentences())
        {
            o.WriteLine($"# sentence {sentence.Index}: {sentence.Text}");
            o.WriteLine("  id  word                 upos   xpos  lemma                head rel");
            foreach (var t in sentence.Tokens())
            {
                int head = t.Head < 0 ? 0 : t.Head - sentence.FirstToken + 1;
                o.WriteLine($"  {t.Index - sentence.FirstToken + 1,2}  {Cut(t.Word, 20),-20} {t.Upos,-6} {t.Xpos,-5} {Cut(t.Lemma, 20),-20} {head,4} {t.Deprel}");
            }
            o.WriteLine("  mentions:");
            foreach (var m in doc.Mentions.Where(m => m.Sentence == sentence.Index))
            {
                var what = m.Actor is { } a ? $"{a.Code}{(a.Name is null ? "" : $" ({a.Name})")}  ← {a.Rule}"
                    : !m.Group.IsEmpty ? "group " + string.Join(" + ", m.Group.Select(g => g.Code))
                    : "no actor";
                o.WriteLine($"    [{doc.TextOf(m.Start, m.End)}] {m.Kind}{(m.Label is null ? "" : "/" + m.Label)}{(m.EntityType is null ? "" : $" ({m.EntityType})")}: {what}");
            }
            o.WriteLine("  patterns tried:");
            foreach (var trial in trials.Where(x => doc.Token(x.Token).SentenceIndex == sentence.Index))
                o.WriteLine($"    {doc.Words[trial.Token]}: {(trial.Pattern is { } p ? $"{p.Code} {p.Origin}" : "—")}: {trial.Outcome}");
            foreach (var c in doc.Events.Where(e => e.Sentence == sentence.Index && e.Mode != EventMode.Asserted))
                o.WriteLine($"    not emitted ({c.Mode.ToString().ToLowerInvariant()}): {c.Source.Actor.Code} → {c.Target.Actor.Code} {c.Cameo} {c.Rule}");
            o.WriteLine("  events:");
            foreach (var e in events.Where(e => e.SentenceIndex == sentence.Index))
                o.WriteLine($"    {e.Source.Code} → {e.Target.Code}  {e.Cameo} {e.CameoName}  [{e.Evidence.Trigger}] {e.Evidence.Rule}");
            o.WriteLine();
        }
    }

    private static string Cut(string s, int n) => s.Length <= n ? s : s[..(n - 1)] + "…";
}
