using System.Collections.Immutable;
using System.Globalization;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;
using Dyad.Storage;
using Dyad.Storage.Writing;

namespace Dyad.Server.Tests.TestSupport;

/// <summary>Stores of hand-built events: a few dyads over six months of 2018, with places, in deterministic order.</summary>
internal static class Seed
{
    private sealed record Actor(string Code, string Text, string Name);
    private sealed record Kind(string Template, string Cameo, string CameoName, int Quad, double Goldstein, string Trigger, string Rule);
    private sealed record Place(string Name, string Country, double Lat, double Lon);

    private static readonly Actor Iran = new("IRN", "Iran", "Iran"), IranFm = new("IRNGOV", "Iran's foreign minister", "Mohammad Javad Zarif"),
        Usa = new("USA", "the United States", "United States"), Washington = new("USAGOV", "Washington", "United States government"),
        Russia = new("RUS", "Russia", "Russia"), Ukraine = new("UKR", "Ukraine", "Ukraine"), France = new("FRA", "France", "France"), China = new("CHN", "China", "China");

    private static readonly (Actor Source, Actor Target)[] Dyads =
        [(Iran, Usa), (IranFm, Washington), (Usa, Iran), (Washington, IranFm), (Russia, Ukraine), (Ukraine, Russia), (France, Usa), (China, Usa), (Iran, Usa)];

    private static readonly Kind[] Kinds =
    [
        new("{0} held talks with {1} in {2}.", "040", "Consult, not specified below", 1, 1.0, "held talks", "04-consult.dyad:6"),
        new("{0} criticized {1} over its policies, officials said in {2}.", "111", "Criticize or denounce", 3, -2.0, "criticized", "09-13-verbal-conflict.dyad:6"),
        new("{0} imposed sanctions on {1}, the ministry said in {2}.", "163", "Impose embargo, boycott, or sanctions", 4, -8.0, "imposed sanctions", "14-20-material-conflict.dyad:6"),
        new("{0} praised {1} for its role in the {2} meeting.", "051", "Praise or endorse", 1, 3.4, "praised", "05-cooperate.dyad:2"),
        new("{0} sent aid to {1} through {2}.", "070", "Provide aid, not specified below", 2, 7.0, "sent aid", "07-aid.dyad:3"),
    ];

    private static readonly Place[] Places =
    [
        new("Geneva", "CHE", 46.20, 6.14), new("Tehran", "IRN", 35.69, 51.42), new("Washington", "USA", 38.90, -77.04),
        new("Moscow", "RUS", 55.75, 37.62), new("Kyiv", "UKR", 50.45, 30.52), new("Beijing", "CHN", 39.91, 116.40),
    ];

    /// <summary>A DuckDB store at <paramref name="path"/> with <paramref name="stories"/> stories of one to three events each.</summary>
    public static void Write(string path, int stories, params CodingResult[] extra)
    {
        using var store = EventStore.Open(path);
        var batch = new StoreBatch();
        for (int i = 0; i < stories; i++)
        {
            var date = new DateOnly(2018, 1, 1).AddDays(i * 37 % 181);
            int n = 1 + i % 3;
            var events = Enumerable.Range(0, n).Select(k => Event(i, k, date)).ToList();
            batch.Add(Coded($"story-{i:D5}", date, "Story " + i.ToString(CultureInfo.InvariantCulture), events));
        }
        foreach (var r in extra) batch.Add(r);
        store.Write(batch, new DateTime(2024, 5, 1, 12, 0, 0, DateTimeKind.Utc));
    }

    private static CodedEvent Event(int story, int k, DateOnly date)
    {
        var (s, t) = Dyads[(story + k * 4) % Dyads.Length];
        var kind = Kinds[(story * 3 + k) % Kinds.Length];
        var place = Places[(story + k) % Places.Length];
        var sentence = string.Format(CultureInfo.InvariantCulture, kind.Template, s.Text, t.Text, place.Name);
        sentence = char.ToUpperInvariant(sentence[0]) + sentence[1..];
        return Record($"story-{story:D5}", date, k, sentence, s, t, kind, story % 5 == 4 ? null : place);
    }

    /// <summary>A story whose title and event sentences carry markup that must show as text.</summary>
    public static CodingResult Hostile()
    {
        var date = new DateOnly(2018, 3, 14);
        var script = new Kind("", "111", "Criticize or denounce", 3, -2.0, "criticized", "09-13-verbal-conflict.dyad:6");
        var praise = new Kind("", "051", "Praise or endorse", 1, 3.4, "praised", "05-cooperate.dyad:2");
        CodedEvent[] events =
        [
            Record("hostile", date, 0, "Iran criticized the United States <script>window.__xss=1</script> on Monday.", Iran, Usa, script, Places[1]),
            Record("hostile", date, 1, "France praised Germany \"><img src=x onerror=\"window.__xss=2\"> for its help.", France,
                new Actor("DEU", "Germany \"><img src=x onerror=\"window.__xss=2\">", "<b>Germany</b>"), praise, Places[0]),
        ];
        return Coded("hostile", date, "<script>window.__xss=3</script> \"><img src=x onerror=\"window.__xss=4\">", events);
    }

    private static CodingResult Coded(string id, DateOnly date, string title, List<CodedEvent> events) =>
        new(new Story(id, date, string.Join(' ', events.Select(e => e.Sentence))) { Title = title, Source = "wire", Url = "https://news.example/" + id }, events, null);

    private static CodingResult Coded(string id, DateOnly date, string title, CodedEvent[] events) => Coded(id, date, title, events.ToList());

    private static CodedEvent Record(string storyId, DateOnly date, int sentence, string text, Actor s, Actor t, Kind kind, Place? place) => new()
    {
        EventId = EventEmitter.EventId(storyId, sentence, s.Code, t.Code, kind.Cameo),
        StoryId = storyId,
        Date = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        SentenceIndex = sentence,
        Sentence = text,
        Source = new ActorRecord(s.Code, s.Code[..3], Agents(s.Code), s.Text, s.Name),
        Target = new ActorRecord(t.Code, t.Code[..3], Agents(t.Code), t.Text, t.Name),
        Cameo = kind.Cameo,
        CameoName = kind.CameoName,
        Root = kind.Cameo[..2],
        QuadClass = kind.Quad,
        Goldstein = kind.Goldstein,
        Plover = new PloverRecord(kind.Quad < 3 ? "COOPERATE" : "ACCUSE", null),
        Location = place is null ? null : new LocationRecord(place.Name, place.Country, place.Lat, place.Lon, "geo-" + place.Name.ToLowerInvariant()),
        Evidence = new EvidenceRecord(kind.Trigger, kind.Rule, 0.9),
        Mode = "asserted",
    };

    private static ImmutableArray<string> Agents(string code) =>
        [.. Enumerable.Range(1, code.Length / 3 - 1).Select(i => code.Substring(i * 3, 3))];
}
