using System.Collections.Immutable;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;

namespace Dyad.Bench;

/// <summary>Deterministic stories with five realistic events each, for storage benchmarks.</summary>
internal sealed class SyntheticCorpus(int seed)
{
    private static readonly string[] Countries =
        ["IRN", "USA", "ISR", "RUS", "CHN", "PAK", "IND", "FRA", "DEU", "GBR", "TUR", "SAU", "SYR", "IRQ", "UKR", "KAZ", "SRB", "EGY", "JPN", "KOR"];
    private static readonly string[] Agents = ["", "GOV", "GOVMIL", "MIL", "OPP", "BUS"];
    private static readonly (string Code, string Name, string Root, int Quad, double Goldstein)[] Codes =
    [
        ("040", "Consult, not specified below", "04", 1, 1.0), ("042", "Make a visit", "04", 1, 1.9),
        ("051", "Praise or endorse", "05", 1, 3.4), ("111", "Criticize or denounce", "11", 3, -2.0),
        ("112", "Accuse, not specified below", "11", 3, -2.0), ("190", "Use conventional military force", "19", 4, -10.0),
        ("036", "Express intent to meet or negotiate", "03", 1, 4.0), ("061", "Cooperate economically", "06", 2, 6.4),
    ];
    private static readonly string[] Outlets = ["reuters", "afp", "ap", "xinhua", "irna", "tass", "bbc", "aljazeera"];

    public IEnumerable<CodingResult> Stories()
    {
        var random = new Random(seed);
        var start = new DateOnly(2015, 1, 1);
        for (long s = 0; ; s++)
        {
            var id = $"story-{s:D9}";
            var date = start.AddDays(random.Next(3650));
            var outlet = Outlets[random.Next(Outlets.Length)];
            var events = new List<CodedEvent>(5);
            for (int i = 0; i < 5; i++)
            {
                var src = Countries[random.Next(Countries.Length)];
                var tgt = Countries[random.Next(Countries.Length)];
                var srcAgents = Agents[random.Next(Agents.Length)];
                var tgtAgents = Agents[random.Next(Agents.Length)];
                var code = Codes[random.Next(Codes.Length)];
                events.Add(new CodedEvent
                {
                    EventId = EventEmitter.EventId(id, i, src + srcAgents, tgt + tgtAgents, code.Code),
                    StoryId = id,
                    Date = date.ToString("yyyy-MM-dd"),
                    SentenceIndex = i,
                    Sentence = $"The {src} delegation {code.Name.ToLowerInvariant()} with officials from {tgt} on the sidelines of the regional security conference, the ministry said.",
                    Source = new ActorRecord(src + srcAgents, src, AgentList(srcAgents), $"{src} officials", null),
                    Target = new ActorRecord(tgt + tgtAgents, tgt, AgentList(tgtAgents), $"{tgt} officials", null),
                    Cameo = code.Code, CameoName = code.Name, Root = code.Root, QuadClass = code.Quad, Goldstein = code.Goldstein,
                    Plover = new PloverRecord("CONSULT", null),
                    Location = i % 2 == 0 ? new LocationRecord("Moscow", "RUS", 55.75, 37.62, null) : null,
                    Evidence = new EvidenceRecord("held talks", "verbs/consult.dyad:12", 0.9),
                    Mode = "asserted",
                });
            }
            yield return new CodingResult(new Story(id, date, "synthetic text " + s) { Source = outlet }, events, null);
        }
    }

    private static ImmutableArray<string> AgentList(string agents) =>
        agents.Length == 0 ? [] : [.. Enumerable.Range(0, agents.Length / 3).Select(i => agents.Substring(i * 3, 3))];
}
