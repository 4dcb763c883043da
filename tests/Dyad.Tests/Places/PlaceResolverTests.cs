using Dyad.Places;

namespace Dyad.Tests.Places;

public sealed class PlaceResolverTests
{
    private static readonly PlaceResolver Resolver = new(Gazetteer.Shared);

    [Fact]
    public void Paris_is_in_France_unless_the_story_is_about_Texas()
    {
        Assert.Equal("FRA", Resolver.Resolve("Paris", PlaceContext.Empty).Place?.Country);
        Assert.Equal("FRA", Resolver.Resolve("Paris", PlaceContext.Of("USA")).Place?.Country);
        Assert.Equal("USA", Resolver.Resolve("Paris", PlaceContext.Empty, qualifier: "Texas").Place?.Country);
        var texas = Gazetteer.Shared.Lookup("Texas").Single(p => p.Kind == PlaceKind.Admin1);
        Assert.Equal("USA", Resolver.Resolve("Paris", PlaceContext.Of("USA") with { Places = [texas] }).Place?.Country);
    }

    [Theory]
    [InlineData("Tripoli", "", "LBY")]
    [InlineData("Tripoli", "LBN", "LBN")]
    [InlineData("Hyderabad", "PAK", "PAK")]
    [InlineData("Hyderabad", "", "IND")]
    [InlineData("Georgia", "RUS", "GEO")]
    [InlineData("Georgia", "USA", "USA")]
    [InlineData("Birmingham", "USA", "USA")]
    [InlineData("Alexandria", "", "EGY")]
    public void Context_decides_between_namesakes(string name, string context, string country)
    {
        var ctx = context.Length == 0 ? PlaceContext.Empty : PlaceContext.Of(context);
        Assert.Equal(country, Resolver.Resolve(name, ctx).Place?.Country);
    }

    [Fact]
    public void Unknown_name_gives_no_place_with_a_reason()
    {
        var choice = Resolver.Resolve("Nowhereville", PlaceContext.Empty);
        Assert.Null(choice.Place);
        Assert.Null(choice.Location);
        Assert.Equal("not in the gazetteer", choice.Reason);
    }

    [Fact]
    public void Story_phrases_resolve_together_with_the_dateline()
    {
        var phrases = new[]
        {
            new PlacePhrase(-1, -1, "BEIRUT", null, -1, PlacePhraseKind.Dateline),
            new PlacePhrase(-1, -1, "Tripoli", null, -1, PlacePhraseKind.Locative),
        };
        var choices = Resolver.ResolveAll(phrases, PlaceContext.Empty);
        Assert.Equal("LBN", choices[1].Place?.Country);
    }

    [Theory]
    [InlineData("BEIRUT (Reuters) - Gunmen", "BEIRUT", null)]
    [InlineData("MOSCOW, April 6 (Reuters) - The", "MOSCOW", null)]
    [InlineData("KABUL, Afghanistan (AP) — A", "KABUL", "Afghanistan")]
    [InlineData("PARIS, Texas — The", "PARIS", "Texas")]
    [InlineData("NEW YORK (Reuters) - Stocks", "NEW YORK", null)]
    public void Finds_datelines(string text, string name, string? qualifier)
    {
        var d = Dateline.Find(text);
        Assert.NotNull(d);
        Assert.Equal((name, qualifier), (d.Name, d.Qualifier));
    }

    [Theory]
    [InlineData("Iran's defense minister underlined the need for cooperation.")]
    [InlineData("UN - the")]
    public void No_dateline_in_ordinary_text(string text) => Assert.Null(Dateline.Find(text));

    [Fact]
    public void Text_finder_tells_locatives_from_names()
    {
        var found = TextPlaceFinder.Find("Moscow denied that talks in Ankara had failed on the sidelines of the Sochi summit.", Gazetteer.Shared);
        Assert.Equal(["Moscow", "Ankara", "Sochi"], found.Select(f => f.Phrase.Text));
        Assert.Equal([false, true, true], found.Select(f => f.IsLocative));
    }

    [Fact]
    public void Possessor_after_in_is_not_a_place_but_a_possessed_area_is()
    {
        var found = TextPlaceFinder.Find("Pakistan enjoys a special position in Iran's foreign policy; clashes erupted in Georgia's capital.", Gazetteer.Shared);
        Assert.Equal([false, false, true], found.Select(f => f.IsLocative));
    }
}
