using Dyad.Coding;
using Dyad.Documents;
using Dyad.Evaluation;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Coding;

/// <summary>The story that defines the job, coded end to end with the shipped models and dictionaries.</summary>
public class SeedStoryTests
{
    private const string Seed = "examples/seed-story-2018-04-06.txt";
    private const string Gold = "gold/seed-story-2018-04-06.gold.jsonl";

    private static readonly Lazy<(Story Story, NewsDocument Doc, CodingResult Result)?> Coded = new(() =>
    {
        var path = SharedData.PathTo("examples", "seed-story-2018-04-06.txt");
        if (path is null || !File.Exists(path)) return null;
        var story = new StoryReader(new ReaderOptions()).ReadFile(path).Single().Story!;
        var coder = Coder.CreateDefault();
        return (story, coder.Annotate(story), coder.Code(story));
    });

    [SharedDataFact(Seed, Gold)]
    public void Meets_the_issue_targets_against_the_gold_coding()
    {
        var c = Coded.Value!.Value;
        var gold = EventScorer.LoadJsonl(SharedData.PathTo("gold", "seed-story-2018-04-06.gold.jsonl")!);
        var events = c.Result.Events.Select(e => System.Text.Json.JsonDocument.Parse(EventJson.Serialize(e)).RootElement.Clone()).ToList();
        var score = EventScorer.Score(gold, events);
        Assert.True(score.F1 >= 0.999, score.ToText()); // every gold event, nothing spurious
        Assert.True(score.StrictF1 >= 0.75, score.ToText());
    }

    [SharedDataTheory(Seed, Gold)]
    [InlineData(0, "Iran’s defense minister", "IRNGOVMIL")]
    [InlineData(0, "Islamabad", "PAK")]
    [InlineData(0, "Belgrade", "SRB")]
    [InlineData(1, "his Pakistani counterpart Khurram Dastgir Khan", "PAKGOVMIL")]
    [InlineData(1, "Brigadier General Amir Hatami", "IRNGOVMIL")]
    [InlineData(2, "He", "IRNGOVMIL")]
    [InlineData(2, "Washington", "USA")]
    [InlineData(2, "the Americans", "USA")]
    [InlineData(3, "His Pakistani counterpart", "PAKGOVMIL")]
    [InlineData(4, "Hatami", "IRNGOVMIL")]
    [InlineData(4, "his Serbian counterpart", "SRBGOVMIL")]
    [InlineData(4, "Aleksandar Vulin", "SRBGOVMIL")]
    [InlineData(6, "The Serbian minister", "SRBGOV")]
    [InlineData(7, "Vulin", "SRBGOVMIL")]
    [InlineData(8, "The Iranian defense minister", "IRNGOVMIL")]
    [InlineData(9, "the US", "USA")]
    [InlineData(10, "The Iranian defense chief", "IRN")]
    [InlineData(10, "the White House", "USAGOV")]
    [InlineData(11, "Kazakhstan’s Defense Minister Saken Adilkhanovich Zhasuzakov", "KAZGOVMIL")]
    [InlineData(12, "Hatami", "IRNGOVMIL")]
    public void Every_actor_mention_resolves(int sentence, string words, string codePrefix)
    {
        var c = Coded.Value!.Value;
        var doc = c.Doc;
        var mention = doc.Mentions.FirstOrDefault(m => m.Sentence == sentence && doc.TextOf(m.Start, m.End) == words);
        Assert.True(mention is not null, $"no mention '{words}' in sentence {sentence}: " +
            string.Join(" | ", doc.Mentions.Where(m => m.Sentence == sentence).Select(m => doc.TextOf(m.Start, m.End))));
        Assert.NotNull(mention!.Actor);
        Assert.StartsWith(codePrefix, mention.Actor!.Code);
    }

    [SharedDataFact(Seed, Gold)]
    public void The_two_countries_are_the_pair_under_discussion()
    {
        var c = Coded.Value!.Value;
        var doc = c.Doc;
        var pair = doc.Mentions.First(m => m.Sentence == 5 && doc.TextOf(m.Start, m.End) == "the two countries");
        Assert.Equal(["IRN", "SRB"], pair.Group.Select(g => g.Country!).Order());
    }

    [SharedDataFact(Seed, Gold)]
    public void Moscow_talks_are_located_in_Moscow()
    {
        var c = Coded.Value!.Value;
        var talks = c.Result.Events.Single(e => e.SentenceIndex == 4 && e.Cameo.StartsWith("04", StringComparison.Ordinal));
        Assert.Equal("Moscow", talks.Location?.Name);
        Assert.Equal("RUS", talks.Location?.Country);
    }
}
