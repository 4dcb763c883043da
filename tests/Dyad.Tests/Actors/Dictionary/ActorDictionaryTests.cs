using Dyad.Actors.Dictionary;

namespace Dyad.Tests.Actors.Dictionary;

public class ActorDictionaryTests
{
    private static readonly DateOnly StoryDate = new(2018, 4, 6);
    private static readonly ActorDictionary Dict = ActorDictionary.LoadDefault();

    private static ActorMatch Match(string text, DateOnly? date = null)
    {
        var tokens = PhraseText.Tokenize(text);
        Assert.True(Dict.TryMatch(tokens, 0, date ?? StoryDate, out var m), $"no match for '{text}'");
        return m;
    }

    [Theory]
    [InlineData("Iran", ActorKind.State, "IRN")]
    [InlineData("Iranian", ActorKind.Demonym, "IRN")]
    [InlineData("Tehran", ActorKind.Capital, "IRNGOV")]
    [InlineData("Islamabad", ActorKind.Capital, "PAKGOV")]
    [InlineData("Belgrade", ActorKind.Capital, "SRBGOV")]
    [InlineData("Washington", ActorKind.Capital, "USAGOV")]
    [InlineData("Americans", ActorKind.Demonym, "USA")]
    [InlineData("U.S.", ActorKind.State, "USA")]
    [InlineData("US", ActorKind.State, "USA")]
    [InlineData("Kazakhstan", ActorKind.State, "KAZ")]
    [InlineData("Pakistani", ActorKind.Demonym, "PAK")]
    [InlineData("Serbian", ActorKind.Demonym, "SRB")]
    [InlineData("Israel", ActorKind.State, "ISR")]
    [InlineData("NATO", ActorKind.Igo, "IGOWSTNAT")]
    [InlineData("United Nations", ActorKind.Igo, "IGOUNO")]
    [InlineData("EU", ActorKind.Igo, "IGOEUREEC")]
    [InlineData("Houthis", ActorKind.Group, "YEMREB")]
    [InlineData("al-Shabaab", ActorKind.Group, "SOMREB")]
    public void Resolves_single_phrases(string text, ActorKind kind, string code)
    {
        var m = Match(text);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(code, m.Code);
        Assert.Equal(PhraseText.Tokenize(text).Length, m.Length);
    }

    [Theory]
    [InlineData("the White House", "USAGOV", "USA")]
    [InlineData("White House", "USAGOV", "USA")]
    [InlineData("the Kremlin", "RUSGOV", "RUS")]
    [InlineData("Downing Street", "GBRGOV", "GBR")]
    [InlineData("the Pentagon", "USAMIL", "USA")]
    [InlineData("Foggy Bottom", "USAGOV", "USA")]
    [InlineData("the Élysée", "FRAGOV", "FRA")]
    [InlineData("the Elysee", "FRAGOV", "FRA")]
    [InlineData("the UN", "IGOUNO", "IGOUNO")]
    [InlineData("the United States", "USA", "USA")]
    public void Resolves_seats_of_power_and_articles(string text, string code, string country)
    {
        var m = Match(text);
        Assert.Equal(code, m.Code);
        Assert.Equal(country, m.Country);
        Assert.Equal(PhraseText.Tokenize(text).Length, m.Length);
    }

    [Fact]
    public void Seat_of_power_carries_country_and_agents()
    {
        var m = Match("the White House");
        Assert.Equal(ActorKind.SeatOfPower, m.Kind);
        Assert.Equal(["GOV"], m.Agents.ToArray());
    }

    [Fact]
    public void Hatami_is_defence_minister_on_the_story_date()
    {
        var m = Match("Amir Hatami");
        Assert.Equal(ActorKind.Person, m.Kind);
        Assert.Equal("IRNGOVMIL", m.Code);
        Assert.Equal("IRN", m.Country);
        Assert.Equal(["GOV", "MIL"], m.Agents.ToArray());
        Assert.False(m.Stale);
        Assert.StartsWith("people.txt:", m.EntryId);
    }

    [Fact]
    public void Hatami_before_his_term_falls_back_to_Iran_flagged_stale()
    {
        var m = Match("Amir Hatami", new DateOnly(2015, 1, 1));
        Assert.Equal("IRN", m.Code);
        Assert.Empty(m.Agents.ToArray());
        Assert.True(m.Stale);
    }

    [Fact]
    public void Lowercase_us_is_not_the_United_States()
    {
        Assert.False(Dict.TryMatch(["us"], 0, StoryDate, out _));
        Assert.False(Dict.TryMatch(["Us"], 0, StoryDate, out _));
        Assert.False(Dict.TryMatch(["is"], 0, StoryDate, out _));
        Assert.False(Dict.TryMatch(["who"], 0, StoryDate, out _));
        Assert.True(Dict.TryMatch(["US"], 0, StoryDate, out _));
    }

    [Fact]
    public void Possessive_is_left_after_the_name()
    {
        string[] tokens = ["Iran", "’s", "foreign", "policy"];
        Assert.True(Dict.TryMatch(tokens, 0, StoryDate, out var m));
        Assert.Equal(1, m.Length);
        Assert.Equal("IRN", m.Code);
        Assert.False(Dict.TryMatch(tokens, 1, StoryDate, out _));
    }

    [Fact]
    public void Longest_match_wins_and_case_is_ignored()
    {
        string[] tokens = ["the", "united", "states", "and", "Israel"];
        Assert.True(Dict.TryMatch(tokens, 0, StoryDate, out var m));
        Assert.Equal(3, m.Length);
        Assert.Equal("USA", m.Code);
        Assert.True(Dict.TryMatch(tokens, 4, StoryDate, out m));
        Assert.Equal("ISR", m.Code);
    }

    [Fact]
    public void Start_out_of_range_or_unknown_word_does_not_match()
    {
        Assert.False(Dict.TryMatch(["Iran"], 1, StoryDate, out _));
        Assert.False(Dict.TryMatch(["gunmen"], 0, StoryDate, out _));
    }

    [Theory]
    [InlineData("defense minister", "GOVMIL", 2)]
    [InlineData("defence minister", "GOVMIL", 2)]
    [InlineData("Defense Minister", "GOVMIL", 2)]
    [InlineData("foreign ministry", "GOV", 2)]
    [InlineData("police", "COP", 1)]
    [InlineData("rebels", "REB", 1)]
    [InlineData("militants", "UAF", 1)]
    [InlineData("Brigadier General", "MIL", 2)]
    [InlineData("troops", "MIL", 1)]
    [InlineData("lawmakers", "LEG", 1)]
    [InlineData("spokesmen", "GOV", 1)]
    public void Role_nominals_give_agents(string text, string agents, int length)
    {
        Assert.True(Dict.TryMatchAgent(PhraseText.Tokenize(text), 0, out var m));
        Assert.Equal(agents, m.Code);
        Assert.Equal(length, m.Length);
    }

    [Fact]
    public void Defense_minister_is_government_and_military()
    {
        Assert.True(Dict.TryMatchAgent(["defense", "minister", "Amir"], 0, out var m));
        Assert.Equal(["GOV", "MIL"], m.Agents.ToArray());
        Assert.Equal(2, m.Length);
    }

    [Fact]
    public void Country_info_has_names_demonyms_and_capitals()
    {
        var iran = Dict.GetCountry("IRN");
        Assert.NotNull(iran);
        Assert.Equal("Iran", iran.Name);
        Assert.Contains("Iranian", iran.Demonyms);
        Assert.Contains("Tehran", iran.Capitals);
        Assert.Null(Dict.GetCountry("XXX"));
        Assert.NotNull(Dict.GetCountry("KSV"));
    }

    [Fact]
    public void Load_default_is_shared()
    {
        Assert.Same(ActorDictionary.LoadDefault(), ActorDictionary.LoadDefault());
    }
}
