using System.Diagnostics;
using System.Text.Json;
using Dyad.Evaluation;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Evaluation;

public class EventScorerTests
{
    private const string Gold = """
        {"story": "s1", "anchor": "met with", "source": ["IRN"], "target": ["PAK"], "codes": ["040", "04"], "source_actor": ["IRNGOV"], "optional": false}
        {"story": "s1", "anchor": "held talks", "source": ["IRN", "PAK"], "target": ["IRN", "PAK"], "codes": ["04"], "symmetric": true}
        {"story": "s1", "anchor": "blamed", "source": ["IRN"], "target": ["USA"], "codes": ["112"]}
        {"story": "s1", "anchor": "blamed", "source": ["IRN"], "target": ["ISR"], "codes": ["112"], "optional": true}
        {"story": "s2", "anchor": "attacked", "source": ["FRA"], "target": ["FRA"], "codes": ["19"], "symmetric": true}
        {"story": "s3", "no_events": true, "anchor": "", "source": [], "target": [], "codes": []}
        """;

    private static string Event(string story, string sentence, string src, string tgt, string cameo, string srcCode = "") =>
        JsonSerializer.Serialize(new
        {
            story_id = story, sentence, cameo,
            source = new { country = src, code = srcCode.Length > 0 ? srcCode : src },
            target = new { country = tgt, code = tgt },
        });

    private static readonly string[] Events =
    [
        Event("s1", "Iran’s  minister MET WITH Pakistan.", "IRN", "PAK", "040", "IRNGOV"),
        Event("s1", "Iran's minister met with Pakistan.", "IRN", "PAK", "042"),
        Event("s1", "They held talks.", "IRN", "PAK", "040"),
        Event("s1", "They held talks.", "PAK", "IRN", "040"),
        Event("s1", "They held talks.", "PAK", "IRN", "043"),
        Event("s1", "Hatami blamed the US and Israel.", "IRN", "USA", "111"),
        Event("s1", "Hatami blamed the US and Israel.", "IRN", "ISR", "112"),
        Event("s2", "Police attacked protesters.", "FRA", "FRA", "190"),
        Event("s2", "Police attacked protesters." + new string('x', 700), "FRA", "FRA", "190"),
        Event("s9", "Not scored.", "USA", "RUS", "010"),
        Event("s3", "Something happened.", "USA", "RUS", "010"),
    ];

    [Fact]
    public void Matches_one_to_one_with_symmetric_optional_and_strict_rules()
    {
        var result = EventScorer.Score(Parse(Gold), Parse(string.Join('\n', Events)));
        Assert.Equal(3, result.Stories);
        Assert.Equal(10, result.SystemEvents);
        Assert.Equal(4, result.GoldRequired);
        Assert.Equal(6, result.Matched);
        Assert.Equal(1.0, result.Recall);
        Assert.Equal(0.6, result.Precision);
    }

    [SharedDataFact("eval/score.py", "gold/seed-story-2018-04-06.gold.jsonl")]
    public void Agrees_with_the_reference_scorer()
    {
        var script = SharedData.PathTo("eval", "score.py")!;
        Assert.True(HasPython(), "python3 is needed to run the reference scorer");
        using var tmp = new TempFolder();
        var gold = tmp.Write("gold.jsonl", Gold);
        var events = tmp.Write("events.jsonl", string.Join('\n', Events));
        var expected = RunPython(script, gold, events);
        var actual = EventScorer.Score(EventScorer.LoadJsonl(gold), EventScorer.LoadJsonl(events)).ToText();
        Assert.Equal(expected, actual);

        // And on the seed story's gold against an empty and a partial run.
        var seedGold = SharedData.PathTo("gold", "seed-story-2018-04-06.gold.jsonl")!;
        var partial = tmp.Write("partial.jsonl", string.Join('\n',
            Event("seed-story-2018-04-06", "During the meeting, Hatami blamed the policies of US and Israel for the spread of terrorism.", "IRN", "USA", "112", "IRNGOVMIL"),
            Event("seed-story-2018-04-06", "The Iranian defense minister denounced the United States for failing", "IRN", "USA", "111"),
            Event("seed-story-2018-04-06", "In Moscow, Hatami also held talks with his Serbian counterpart, Aleksandar Vulin.", "RUS", "SRB", "040")));
        Assert.Equal(RunPython(script, seedGold, partial),
            EventScorer.Score(EventScorer.LoadJsonl(seedGold), EventScorer.LoadJsonl(partial)).ToText());
    }

    private static List<JsonElement> Parse(string jsonl) =>
        jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();

    private static bool HasPython()
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("python3", "--version") { RedirectStandardOutput = true, RedirectStandardError = true });
            p!.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    private static string RunPython(string script, string gold, string events)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { script, "--gold", gold, "--events", events }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Equal(0, p.ExitCode);
        return output;
    }
}
