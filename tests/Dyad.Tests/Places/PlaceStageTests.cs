using Dyad.Documents;
using Dyad.Places;

namespace Dyad.Tests.Places;

public sealed class PlaceStageTests
{
    private static NewsDocument Run(NewsDocument doc, bool useStoryPlace = true)
    {
        new PlaceStage { UseStoryPlace = useStoryPlace }.Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Declares_its_layers()
    {
        var stage = new PlaceStage();
        Assert.Equal("places", stage.Name);
        Assert.Equal(Layer.Parse | Layer.Mentions | Layer.Events, stage.Requires);
        Assert.Equal(Layer.Places, stage.Assigns);
    }

    [Fact]
    public void Fronted_locative_places_the_clause_event_in_Moscow()
    {
        // In Moscow, Hatami also held talks with Vulin.
        var doc = new PlaceDocumentBuilder()
            .W("In", "ADP", "in", 2, "case").W("Moscow", "PROPN", "Moscow", 6, "obl").W(",", "PUNCT", ",", 6, "punct")
            .W("Hatami", "PROPN", "Hatami", 6, "nsubj").W("also", "ADV", "also", 6, "advmod").W("held", "VERB", "hold", 0, "root")
            .W("talks", "NOUN", "talk", 6, "obj").W("with", "ADP", "with", 9, "case").W("Vulin", "PROPN", "Vulin", 7, "nmod")
            .W(".", "PUNCT", ".", 6, "punct")
            .Actor(4, 4, "IRN").Actor(9, 9, "SRB").Event("IRN", "SRB", 6, 7)
            .Build();
        Run(doc);
        var location = doc.Events[0].Location;
        Assert.NotNull(location);
        Assert.Equal(("Moscow", "RUS", "524901"), (location.Name, location.Country, location.GazetteerId));
        Assert.Equal(55.75, location.Lat!.Value, 1);
        Assert.Equal(37.62, location.Lon!.Value, 1);
        Assert.True(doc.Layers.HasFlag(Layer.Places));
    }

    [Fact]
    public void Venue_named_after_a_town_on_the_sidelines_places_the_event()
    {
        // Hatami met Khan on the sidelines of the Moscow forum.
        var doc = new PlaceDocumentBuilder()
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("met", "VERB", "meet", 0, "root").W("Khan", "PROPN", "Khan", 2, "obj")
            .W("on", "ADP", "on", 6, "case").W("the", "DET", "the", 6, "det").W("sidelines", "NOUN", "sideline", 2, "obl")
            .W("of", "ADP", "of", 10, "case").W("the", "DET", "the", 10, "det").W("Moscow", "PROPN", "Moscow", 10, "compound")
            .W("forum", "NOUN", "forum", 6, "nmod").W(".", "PUNCT", ".", 2, "punct")
            .Actor(1, 1, "IRN").Actor(3, 3, "PAK").Event("IRN", "PAK", 2)
            .Build();
        Run(doc);
        Assert.Equal("Moscow", doc.Events[0].Location?.Name);
        Assert.Equal("RUS", doc.Events[0].Location?.Country);
    }

    [Fact]
    public void Capital_acting_as_a_state_is_not_a_place()
    {
        // Islamabad protested the strike.
        var doc = new PlaceDocumentBuilder()
            .W("Islamabad", "PROPN", "Islamabad", 2, "nsubj").W("protested", "VERB", "protest", 0, "root")
            .W("the", "DET", "the", 4, "det").W("strike", "NOUN", "strike", 2, "obj").W(".", "PUNCT", ".", 2, "punct")
            .Actor(1, 1, "PAK").Event("PAK", "USA", 2)
            .Build();
        Run(doc);
        Assert.Null(doc.Events[0].Location);
    }

    [Fact]
    public void Dateline_sets_the_story_country_and_places_events_with_no_place_of_their_own()
    {
        var doc = new PlaceDocumentBuilder().Prefix("BEIRUT (Reuters) - ")
            .Sentence() // Gunmen attacked police in Tripoli.
            .W("Gunmen", "NOUN", "gunman", 2, "nsubj").W("attacked", "VERB", "attack", 0, "root").W("police", "NOUN", "police", 2, "obj")
            .W("in", "ADP", "in", 5, "case").W("Tripoli", "PROPN", "Tripoli", 2, "obl").W(".", "PUNCT", ".", 2, "punct")
            .Event("LBN", "LBN", 2)
            .Sentence() // The army sent troops.
            .W("The", "DET", "the", 2, "det").W("army", "NOUN", "army", 3, "nsubj").W("sent", "VERB", "send", 0, "root")
            .W("troops", "NOUN", "troop", 3, "obj").W(".", "PUNCT", ".", 3, "punct")
            .Event("LBN", "LBN", 3)
            .Build();
        var trace = new List<PlaceTrial>();
        new PlaceStage { Trace = trace }.Process(doc, CancellationToken.None);
        Assert.Equal(("Tripoli", "LBN"), (doc.Events[0].Location?.Name, doc.Events[0].Location?.Country));
        Assert.Equal(("Beirut", "LBN"), (doc.Events[1].Location?.Name, doc.Events[1].Location?.Country));
        Assert.Contains(trace, t => t.Event == 1 && t.Outcome.Contains("dateline"));
    }

    [Fact]
    public void Story_with_one_town_gives_it_to_events_without_a_place_unless_disabled()
    {
        NewsDocument Build() => new PlaceDocumentBuilder()
            .Sentence() // Talks were held in Moscow.
            .W("Talks", "NOUN", "talk", 3, "nsubj:pass").W("were", "AUX", "be", 3, "aux:pass").W("held", "VERB", "hold", 0, "root")
            .W("in", "ADP", "in", 5, "case").W("Moscow", "PROPN", "Moscow", 3, "obl").W(".", "PUNCT", ".", 3, "punct")
            .Event("IRN", "SRB", 3)
            .Sentence() // Hatami praised Iran.
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("praised", "VERB", "praise", 0, "root").W("Iran", "PROPN", "Iran", 2, "obj")
            .W(".", "PUNCT", ".", 2, "punct")
            .Actor(1, 1, "SRB").Actor(3, 3, "IRN").Event("SRB", "IRN", 2)
            .Build();
        var doc = Run(Build());
        Assert.Equal("Moscow", doc.Events[0].Location?.Name);
        Assert.Equal("Moscow", doc.Events[1].Location?.Name);
        var strict = Run(Build(), useStoryPlace: false);
        Assert.Equal("Moscow", strict.Events[0].Location?.Name);
        Assert.Null(strict.Events[1].Location);
    }

    [Fact]
    public void Each_clause_keeps_its_own_place()
    {
        // Hatami met Khan in Moscow and Vulin visited troops in Belgrade.
        var doc = new PlaceDocumentBuilder()
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("met", "VERB", "meet", 0, "root").W("Khan", "PROPN", "Khan", 2, "obj")
            .W("in", "ADP", "in", 5, "case").W("Moscow", "PROPN", "Moscow", 2, "obl").W("and", "CCONJ", "and", 8, "cc")
            .W("Vulin", "PROPN", "Vulin", 8, "nsubj").W("visited", "VERB", "visit", 2, "conj").W("troops", "NOUN", "troop", 8, "obj")
            .W("in", "ADP", "in", 11, "case").W("Belgrade", "PROPN", "Belgrade", 8, "obl").W(".", "PUNCT", ".", 2, "punct")
            .Actor(1, 1, "IRN").Actor(3, 3, "PAK").Actor(7, 7, "SRB")
            .Event("IRN", "PAK", 2).Event("SRB", "SRB", 8)
            .Build();
        Run(doc);
        Assert.Equal("Moscow", doc.Events[0].Location?.Name);
        Assert.Equal(("Belgrade", "SRB"), (doc.Events[1].Location?.Name, doc.Events[1].Location?.Country));
    }

    [Fact]
    public void Qualifier_after_a_comma_picks_Paris_Texas()
    {
        // Police arrested two men in Paris, Texas.
        var doc = new PlaceDocumentBuilder()
            .W("Police", "NOUN", "police", 2, "nsubj").W("arrested", "VERB", "arrest", 0, "root").W("two", "NUM", "two", 4, "nummod")
            .W("men", "NOUN", "man", 2, "obj").W("in", "ADP", "in", 6, "case").W("Paris", "PROPN", "Paris", 2, "obl")
            .W(",", "PUNCT", ",", 8, "punct").W("Texas", "PROPN", "Texas", 6, "appos").W(".", "PUNCT", ".", 2, "punct")
            .Event("USA", "USA", 2)
            .Build();
        Run(doc);
        Assert.Equal(("Paris", "USA", "4717560"), (doc.Events[0].Location?.Name, doc.Events[0].Location?.Country, doc.Events[0].Location?.GazetteerId));
    }

    [Fact]
    public void Country_named_in_a_locative_is_a_country_level_place_and_marks_its_mention()
    {
        // Hatami held talks in Russia.
        var doc = new PlaceDocumentBuilder()
            .W("Hatami", "PROPN", "Hatami", 2, "nsubj").W("held", "VERB", "hold", 0, "root").W("talks", "NOUN", "talk", 2, "obj")
            .W("in", "ADP", "in", 5, "case").W("Russia", "PROPN", "Russia", 2, "obl").W(".", "PUNCT", ".", 2, "punct")
            .Actor(1, 1, "IRN").Actor(5, 5, "RUS").Event("IRN", "RUS", 2, 3)
            .Build();
        Run(doc);
        Assert.Equal(("Russia", "RUS", "iso:RUS"), (doc.Events[0].Location?.Name, doc.Events[0].Location?.Country, doc.Events[0].Location?.GazetteerId));
        Assert.Equal("Russia", doc.Mentions.Single(m => m.Start == 4).Place?.Name);
    }

    [Fact]
    public void Month_after_in_is_not_a_place()
    {
        // Talks were held in March.
        var doc = new PlaceDocumentBuilder()
            .W("Talks", "NOUN", "talk", 3, "nsubj:pass").W("were", "AUX", "be", 3, "aux:pass").W("held", "VERB", "hold", 0, "root")
            .W("in", "ADP", "in", 5, "case").W("March", "PROPN", "March", 3, "obl").W(".", "PUNCT", ".", 3, "punct")
            .Event("IRN", "SRB", 3)
            .Build();
        Run(doc);
        Assert.Null(doc.Events[0].Location);
    }
}
