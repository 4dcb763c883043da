using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;

namespace Dyad.Storage.Tests.TestSupport;

/// <summary>Coded stories built by hand: an event is "SOURCE TARGET CODE" in a sentence.</summary>
internal static class Stories
{
    public static CodingResult Coded(string id, string date, string text, string? outlet, params string[] events)
    {
        var story = new Story(id, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text) { Source = outlet, Url = $"https://news.example/{id}" };
        var records = events.Select((spec, i) =>
        {
            var p = spec.Split(' ');
            string src = p[0], tgt = p[1], code = p[2];
            int sentence = p.Length > 3 ? int.Parse(p[3], System.Globalization.CultureInfo.InvariantCulture) : i;
            return new CodedEvent
            {
                EventId = EventEmitter.EventId(id, sentence, src, tgt, code),
                StoryId = id,
                Date = date,
                SentenceIndex = sentence,
                Sentence = $"{src} and {tgt}, sentence {sentence}.",
                Source = new ActorRecord(src, src[..3], Agents(src), src, null),
                Target = new ActorRecord(tgt, tgt[..3], Agents(tgt), tgt, "Target Name"),
                Cameo = code,
                CameoName = "name of " + code,
                Root = code[..2],
                QuadClass = code[..2] == "11" ? 3 : 1,
                Goldstein = code[..2] == "11" ? -2.0 : 1.0,
                Plover = new PloverRecord("CONSULT", null),
                Location = sentence == 0 ? new LocationRecord("Moscow", "RUS", 55.75, 37.62, "g1") : null,
                Evidence = new EvidenceRecord("held talks", "test:1", 0.9),
                Mode = "asserted",
            };
        }).ToList();
        return new CodingResult(story, records, null);
    }

    private static System.Collections.Immutable.ImmutableArray<string> Agents(string code) =>
        [.. Enumerable.Range(1, code.Length / 3 - 1).Select(i => code.Substring(i * 3, 3))];
}

/// <summary>A temporary folder removed at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"dyad-store-{Guid.NewGuid():N}");

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { /* a mount or a lingering handle: the OS cleans /tmp */ }
    }
}
