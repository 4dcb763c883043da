using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Tests.Coreference;

/// <summary>Coreference over whole short stories, with the shipped models and dictionaries.</summary>
public class CoreferenceStageTests
{
    private static readonly Coder Coder = Coder.CreateDefault();

    private static NewsDocument Annotate(string text, int year = 2019) =>
        Coder.Annotate(new Story("t", new DateOnly(year, 6, 20), text));

    private static Mention Find(NewsDocument doc, string words, int sentence) =>
        doc.Mentions.First(m => m.Sentence == sentence && doc.TextOf(m.Start, m.End) == words);

    [Fact]
    public void Both_sides_are_the_pair_the_story_is_about_not_the_latest_pair()
    {
        var doc = Annotate("Iran shot down a U.S. military drone over the Gulf. Iran accused the United States of violating its airspace. " +
                           "Russia warned Washington against any retaliation. The European Union called on both sides to show restraint.");
        var both = Find(doc, "both sides", 3);
        Assert.Equal(["IRN", "USA"], both.Group.Select(g => g.Country!).Order());
    }

    [Fact]
    public void Last_name_and_pronoun_follow_the_full_name()
    {
        var doc = Annotate("Iranian Foreign Minister Mohammad Javad Zarif met Turkish officials in Ankara. " +
                           "Zarif said the talks were useful. He later left for Moscow.");
        Assert.StartsWith("IRN", Find(doc, "Zarif", 1).Actor?.Code);
        Assert.StartsWith("IRN", Find(doc, "He", 2).Actor?.Code);
    }

    [Fact]
    public void A_counterpart_takes_the_possessors_role_in_the_state_named()
    {
        var doc = Annotate("Indian Foreign Minister Subrahmanyam Jaishankar spoke with his Chinese counterpart on Monday.", 2020);
        var counterpart = Find(doc, "his Chinese counterpart", 0);
        Assert.Equal("CHN", counterpart.Actor?.Country);
        Assert.Equal(Find(doc, "Indian Foreign Minister Subrahmanyam Jaishankar", 0).Actor?.Agents, counterpart.Actor?.Agents);
    }
}
