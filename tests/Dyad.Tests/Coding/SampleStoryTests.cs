using Dyad.Coding;
using Dyad.Evaluation;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Coding;

/// <summary>
/// The bundled sample stories that have gold codings (tests/Dyad.Tests/Coding/gold), scored as the
/// held-back stories are. The gold was written before Dyad coded the stories; the floor is the
/// committed F1, so a change that makes the coding of news worse fails here.
/// </summary>
public class SampleStoryTests
{
    private const double CommittedF1 = 0.952;
    private const double Tolerance = 0.02;

    [Fact]
    public void Sample_stories_score_at_least_the_committed_F1()
    {
        var goldFolder = Path.Combine(SharedData.RepoRoot, "tests", "Dyad.Tests", "Coding", "gold");
        var gold = new List<System.Text.Json.JsonElement>();
        var events = new List<System.Text.Json.JsonElement>();
        var coder = Coder.CreateDefault();
        var reader = new StoryReader(new ReaderOptions());
        foreach (var goldFile in Directory.GetFiles(goldFolder, "*.gold.jsonl").Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(goldFile)[..^".gold.jsonl".Length];
            var story = reader.ReadFile(Path.Combine(SharedData.RepoRoot, "samples", id + ".txt")).Single().Story!;
            gold.AddRange(EventScorer.LoadJsonl(goldFile));
            events.AddRange(coder.Code(story).Events.Select(e => System.Text.Json.JsonDocument.Parse(EventJson.Serialize(e)).RootElement.Clone()));
        }
        Assert.True(gold.Count >= 20, "expected the gold files of at least four stories");
        var score = EventScorer.Score(gold, events);
        Assert.True(score.F1 >= CommittedF1 - Tolerance, score.ToText());
    }
}
