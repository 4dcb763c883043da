using Dyad.Documents;
using Dyad.Reading.Dedup;

namespace Dyad.Tests.Reading.Dedup;

public class DuplicateScreenTests
{
    internal const string Wire = """
        Iran's defense minister Amir Hatami met his Pakistani counterpart on the sidelines of the Moscow Conference on International Security on Wednesday.
        The two ministers called for the expansion of military cooperation between Tehran and Islamabad, according to a statement from the ministry.
        Hatami also held separate talks with Kazakhstan's Defense Minister Saken Zhasuzakov and the Serbian minister, who praised Iran's role in fighting terrorism in the region.
        He accused the United States and Israel of destabilising the Middle East and said regional countries should take charge of their own security.
        """;

    private static Story S(string id, string text, int day = 4, string? source = null) => new(id, new DateOnly(2019, 6, day), text) { Source = source };

    [Fact]
    public void The_same_text_again_is_coded_once_whatever_its_layout_punctuation_or_case()
    {
        var screen = new DuplicateScreen(new DuplicateIndex());
        Assert.NotNull(screen.Screen(S("a", Wire)).Story);
        var again = "  " + Wire.Replace("\n", " ").Replace("'", "’").ToUpperInvariant() + " ";
        var verdict = screen.Screen(S("b", again));
        Assert.Null(verdict.Story);
        Assert.Equal("DYAD-E116 duplicate of story 'a' (same text)", verdict.Reason);
    }

    [Fact]
    public void A_story_read_again_under_its_own_id_is_not_a_duplicate_of_itself()
    {
        var screen = new DuplicateScreen(new DuplicateIndex());
        Assert.NotNull(screen.Screen(S("a", Wire)).Story);
        Assert.NotNull(screen.Screen(S("a", Wire)).Story);
    }

    [Fact]
    public void A_syndicated_copy_is_coded_but_linked_to_the_first_and_takes_its_date()
    {
        var screen = new DuplicateScreen(new DuplicateIndex());
        screen.Screen(S("wire", Wire, 4, "Wire"));
        var copy = "TEHRAN (Daily Example) - " + Wire.Replace("on Wednesday", "this week") + "\nFollow us on social media for more news from the region.";
        var verdict = screen.Screen(S("daily", copy, 5, "Daily Example"));
        Assert.Equal("wire", verdict.Story!.DuplicateOf);
        Assert.Equal(new DateOnly(2019, 6, 4), verdict.Story.Date);
        Assert.Equal("Daily Example", verdict.Story.Source);

        // A copy of the copy links to the first of them all.
        var third = screen.Screen(S("third", copy + " Reporting by staff.", 6));
        Assert.Equal("wire", third.Story!.DuplicateOf);
    }

    [Fact]
    public void A_different_story_on_the_same_event_is_not_linked()
    {
        var screen = new DuplicateScreen(new DuplicateIndex());
        screen.Screen(S("wire", Wire));
        var other = """
            Pakistan's army chief said on Wednesday that his country would deepen defence ties with Iran after a meeting in Moscow.
            Officials in Islamabad described the talks as constructive and said a joint commission would meet later this year to discuss border security.
            """;
        var verdict = screen.Screen(S("other", other));
        Assert.Null(verdict.Story!.DuplicateOf);
    }

    [Fact]
    public void The_index_survives_a_save_and_load()
    {
        var index = new DuplicateIndex();
        new DuplicateScreen(index).Screen(S("wire", Wire));
        using var stream = new MemoryStream();
        index.Save(stream);
        stream.Position = 0;
        var loaded = new DuplicateScreen(DuplicateIndex.Load(stream));
        Assert.StartsWith("DYAD-E116", loaded.Screen(S("b", Wire)).Reason);
        Assert.Equal("wire", loaded.Screen(S("c", Wire + " Extra sentence at the end of the copy.")).Story!.DuplicateOf);
        Assert.True(loaded.Index.Contains("wire", TextFingerprint.Of(Wire)));
    }

    [Fact]
    public void The_oldest_stories_are_forgotten_past_the_capacity()
    {
        var screen = new DuplicateScreen(new DuplicateIndex(capacity: 2));
        screen.Screen(S("a", Wire));
        screen.Screen(S("b", "Something else entirely happened in another place on another day."));
        screen.Screen(S("c", "And a third story about a third thing that happened somewhere."));
        Assert.NotNull(screen.Screen(S("d", Wire)).Story);
        Assert.Equal(2, screen.Index.Count);
    }
}
