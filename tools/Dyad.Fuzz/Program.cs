using System.Text;
using Dyad.Actors.Petrarch;
using Dyad.Cameo;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Events.Patterns;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Text;
using SharpFuzz;

// SharpFuzz targets for AFL (see docs/fuzzing.md). Each target takes one input, as bytes:
//   dotnet Dyad.Fuzz.dll TARGET                 — run under afl-fuzz (input on standard input, persistent mode)
//   dotnet Dyad.Fuzz.dll TARGET --replay PATH…  — run files or folders (a seed corpus, AFL's crashes) without AFL
// An exception escaping a target is a finding: AFL records the input as a crash.
var targets = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
{
    ["jsonl"] = Targets.Jsonl,
    ["text"] = Targets.Text,
    ["tokenizer"] = Targets.Tokenizer,
    ["coder"] = Targets.Coder,
    ["patterns"] = Targets.Patterns,
    ["petrarch"] = Targets.Petrarch,
};
if (args.Length == 0 || !targets.TryGetValue(args[0], out var target))
{
    Console.Error.WriteLine($"usage: Dyad.Fuzz {string.Join('|', targets.Keys)} [--replay PATH...]");
    return 2;
}
if (args.Length > 1 && args[1] == "--replay")
{
    int failed = 0, run = 0;
    foreach (var file in args[2..].SelectMany<string, string>(p => Directory.Exists(p) ? Directory.GetFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]))
    {
        run++;
        try
        {
            target(File.ReadAllBytes(file));
        }
        catch (Exception e)
        {
            failed++;
            Console.Error.WriteLine($"{file}: {e.GetType().Name}: {e.Message}");
        }
    }
    Console.Error.WriteLine($"replayed {run} inputs, {failed} failed");
    return failed == 0 ? 0 : 1;
}
Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    target(buffer.ToArray());
});
return 0;

/// <summary>The fuzz targets: each must accept any bytes without throwing.</summary>
internal static class Targets
{
    private static readonly StoryReader Reader = new(new ReaderOptions { DefaultDate = new DateOnly(2018, 4, 6) });
    private static readonly Lazy<Coder> SharedCoder = new(Dyad.Coding.Coder.CreateDefault);

    public static void Jsonl(byte[] input)
    {
        foreach (var r in Reader.ReadJsonl(new MemoryStream(input), "fuzz"))
            if (r.Story is { } story) _ = story.Text.Length;
    }

    public static void Text(byte[] input)
    {
        var path = Path.Combine(Path.GetTempPath(), $"dyad-fuzz-{Environment.ProcessId}.txt");
        File.WriteAllBytes(path, input);
        try
        {
            foreach (var r in Reader.ReadFile(path)) _ = r.Story?.Text.Length;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static void Tokenizer(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        var spans = NewsTokenizer.Tokenize(text);
        int covered = 0;
        foreach (var (start, end) in spans)
        {
            if (start < covered || end <= start || end > text.Length) throw new InvalidOperationException($"bad span {start}..{end}");
            covered = end;
        }
        var doc = new NewsDocument(new Story("fuzz", new DateOnly(2018, 4, 6), text));
        new TextStage().Process(doc, default); // validates sentences against tokens
    }

    public static void Coder(byte[] input)
    {
        var result = SharedCoder.Value.Code(new Story("fuzz", new DateOnly(2018, 4, 6), Encoding.UTF8.GetString(input)));
        if (result.Error is not null) throw new InvalidOperationException(result.Error);
        foreach (var e in result.Events) _ = EventJson.Serialize(e);
    }

    public static void Patterns(byte[] input) =>
        PatternParser.Parse("fuzz.dyad", Encoding.UTF8.GetString(input), code => CameoTable.Shared.TryGet(code, out _));

    public static void Petrarch(byte[] input)
    {
        var text = Encoding.UTF8.GetString(input);
        PetrarchActorReader.Read(new StringReader(text), "fuzz.actors.txt");
        PetrarchAgentReader.Read(new StringReader(text), "fuzz.agents.txt");
    }
}
