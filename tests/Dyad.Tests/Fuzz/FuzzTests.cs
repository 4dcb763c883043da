using System.Text;
using CsCheck;
using Dyad.Analysis.Parsing;
using Dyad.Analysis.Tagging;
using Dyad.Actors.Petrarch;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Events.Patterns;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Tests.Hostile;
using Dyad.Tests.TestSupport;
using Dyad.Text;

namespace Dyad.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing (CsCheck) of the readers, tokenizer, splitter, tagger, parser, the
/// whole coder and the dictionary readers: no input makes them throw, and what they return keeps
/// its invariants. A failure prints the shrunk input and the seed to replay it (CsCheck_Seed).
/// </summary>
public class FuzzTests
{
    private static readonly StoryReader Reader = new(new ReaderOptions { MaxStoryBytes = 20_000, DefaultDate = new DateOnly(2018, 4, 6) });

    [Fact]
    public void Tokenizer_spans_are_ordered_in_bounds_and_cover_every_non_space()
    {
        var (iter, time) = FuzzInputs.Budget(3_000);
        FuzzInputs.AnyText.Sample(text =>
        {
            var spans = NewsTokenizer.Tokenize(text);
            int covered = 0;
            foreach (var (start, end) in spans)
            {
                Assert.True(start >= covered && end > start && end <= text.Length, $"bad span {start}..{end}");
                for (int k = covered; k < start; k++) Assert.True(NewsTokenizer.IsSpace(text[k]), $"dropped '{text[k]}' at {k}");
                covered = end;
            }
            for (int k = covered; k < text.Length; k++) Assert.True(NewsTokenizer.IsSpace(text[k]), $"dropped '{text[k]}' at {k}");
            var sentences = SentenceSplitter.Split(text, spans);
            int next = 0;
            foreach (var s in sentences)
            {
                Assert.Equal(next, s.FirstToken);
                Assert.InRange(s.TokenCount, 1, SentenceSplitter.MaxSentenceTokens);
                next += s.TokenCount;
            }
            Assert.Equal(spans.Count, next);
        }, iter: iter, time: time);
    }

    [Fact]
    public void Tagger_tags_every_word_and_the_parser_builds_a_tree()
    {
        var (iter, time) = FuzzInputs.Budget(500);
        var tagger = PerceptronTagger.LoadDefault();
        var parser = DependencyParser.LoadDefault();
        FuzzInputs.Words.Sample(words =>
        {
            var (upos, xpos) = tagger.Tag(words);
            Assert.All(upos, t => Assert.False(string.IsNullOrEmpty(t)));
            Assert.All(xpos, t => Assert.False(string.IsNullOrEmpty(t)));
            var heads = new int[words.Length];
            var rels = new string[words.Length];
            parser.Parse(words, upos, xpos, null, heads, rels);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.InRange(heads[i], 0, words.Length);
                Assert.NotEqual(i + 1, heads[i]);
                // Following heads reaches the root: no cycles.
                int h = i + 1, steps = 0;
                while (h != 0 && steps++ <= words.Length) h = heads[h - 1];
                Assert.Equal(0, h);
            }
        }, iter: iter, time: time);
    }

    [Fact]
    public void Coder_codes_any_text_and_its_events_serialise()
    {
        var (iter, time) = FuzzInputs.Budget(400);
        var coder = HostileRun.Coder;
        Gen.Frequency((3, FuzzInputs.AnyText), (2, FuzzInputs.MutateAny(FuzzInputs.Samples))).Sample(text =>
        {
            var story = new Story("fuzz", new DateOnly(2018, 4, 6), text);
            var result = coder.Code(story);
            if (result.Error is not null)
            {
                // Again, to see where: the result carries the message only.
                var failure = Record.Exception(() => coder.Annotate(story));
                Assert.Fail($"{result.Error}\n{failure}\ntext: {System.Text.Json.JsonSerializer.Serialize(text)}");
            }
            foreach (var e in result.Events) Assert.StartsWith("{", EventJson.Serialize(e));
        }, iter: iter, time: time);
    }

    [Fact]
    public void Jsonl_reader_turns_any_bytes_into_stories_or_rejects()
    {
        var (iter, time) = FuzzInputs.Budget(2_000);
        var seeds = new[]
        {
            """{"id": "a", "date": "2018-04-06", "text": "Iran met Iraq.", "title": "t", "source": "s"}""" + "\n"
            + """{"id": 7, "date": "2018-04-06T10:00:00Z", "text": "x\u00e9\ud83d\ude00"}""" + "\r\n",
        };
        var bytes = Gen.Frequency(
            (3, FuzzInputs.MutateAny(seeds).Select(s => Encoding.UTF8.GetBytes(s))),
            (1, Gen.Byte.Array[0, 600]),
            (1, FuzzInputs.MutateAny(seeds).Select(s => Encoding.Latin1.GetBytes(s))));
        bytes.Sample(input =>
        {
            foreach (var r in Reader.ReadJsonl(new MemoryStream(input), "fuzz"))
            {
                Assert.True(r.Story is not null ^ r.Reject is not null);
                if (r.Reject is { } reject) Assert.Matches(@"^DYAD-E1\d\d ", reject.Reason);
                else Assert.False(string.IsNullOrWhiteSpace(r.Story!.Text));
            }
        }, iter: iter, time: time);
    }

    [Fact]
    public void Text_reader_turns_any_file_into_a_story_or_a_reject()
    {
        var (iter, time) = FuzzInputs.Budget(300);
        using var tmp = new TempFolder();
        int n = 0;
        var bytes = Gen.Frequency(
            (3, FuzzInputs.MutateAny(FuzzInputs.Samples).Select(s => Encoding.UTF8.GetBytes(s))),
            (1, Gen.Byte.Array[0, 600]));
        bytes.Sample(input =>
        {
            var path = tmp.WriteBytes($"f{Interlocked.Increment(ref n)}.txt", input);
            var r = Assert.Single(Reader.Read([path]));
            Assert.True(r.Story is not null ^ r.Reject is not null);
            if (r.Reject is { } reject) Assert.Matches(@"^DYAD-E1\d\d ", reject.Reason);
            File.Delete(path);
        }, iter: iter, time: time);
    }

    [Fact]
    public void Pattern_parser_reports_errors_and_never_throws()
    {
        var (iter, time) = FuzzInputs.Budget(1_000);
        var seeds = Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "dictionaries", "events"), "*.dyad")
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).Select(t => t.Length > 6_000 ? t[..6_000] : t).ToArray();
        FuzzInputs.MutateAny(seeds).Sample(text =>
        {
            var (patterns, errors) = PatternParser.Parse("fuzz.dyad", text, code => Cameo.CameoTable.Shared.TryGet(code, out _));
            Assert.NotNull(patterns);
            Assert.NotNull(errors);
        }, iter: iter, time: time);
    }

    [Fact]
    public void Petrarch_dictionary_readers_report_issues_and_never_throw()
    {
        var (iter, time) = FuzzInputs.Budget(1_000);
        var folder = SharedData.PathTo("data", "petrarch");
        if (folder is null || !Directory.Exists(folder)) return;
        static string Head(string path) { var t = File.ReadAllText(path); return t.Length > 5_000 ? t[..5_000] : t; }
        var actors = new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "PETR.Validate.actors.txt" }
            .Select(f => Path.Combine(folder, f)).Where(File.Exists).Select(Head).ToArray();
        var agents = Directory.GetFiles(folder, "*agents*.txt").Order(StringComparer.Ordinal).Select(Head).ToArray();
        if (actors.Length == 0 || agents.Length == 0) return;
        Gen.Select(Gen.Bool, FuzzInputs.MutateAny(actors), FuzzInputs.MutateAny(agents)).Sample((asActors, actorText, agentText) =>
        {
            if (asActors) Assert.NotNull(PetrarchActorReader.Read(new StringReader(actorText), "fuzz.actors.txt"));
            else Assert.NotNull(PetrarchAgentReader.Read(new StringReader(agentText), "fuzz.agents.txt"));
        }, iter: iter, time: time);
    }

    [Fact]
    public void Actor_source_compiler_reports_errors_and_never_throws()
    {
        var (iter, time) = FuzzInputs.Budget(25);
        var sources = Path.Combine(SharedData.RepoRoot, "dictionaries", "actors");
        var files = Directory.GetFiles(sources, "*.txt").Order(StringComparer.Ordinal).ToArray();
        var texts = files.Select(File.ReadAllText).ToArray();
        int n = 0;
        Gen.Int[0, files.Length - 1].SelectMany(i => Gen.Select(Gen.Const(i), FuzzInputs.Mutate(texts[i]))).Sample((index, text) =>
        {
            using var tmp = new TempFolder();
            for (int f = 0; f < files.Length; f++) File.WriteAllBytes(Path.Combine(tmp.Path, Path.GetFileName(files[f])), Encoding.UTF8.GetBytes(f == index ? text : texts[f]));
            Interlocked.Increment(ref n);
            var result = Dyad.Build.Actors.ActorSourceCompiler.Compile(tmp.Path);
            Assert.True(result.Data is not null || result.Errors.Count > 0);
        }, iter: iter, time: time, threads: 1);
    }
}
