using Dyad.Tests.TestSupport;
using Dyad.Actors.Dictionary;
using Dyad.Actors.Petrarch;

namespace Dyad.Tests.Actors.Petrarch;

public class PetrarchReaderTests
{
    private static PetrarchActorFile Actors(string text) => PetrarchActorReader.Read(new StringReader(text), "test.actors.txt");

    [Theory]
    [InlineData("950601", 1995, 6, 1)]
    [InlineData("300101", 2030, 1, 1)]
    [InlineData("310101", 1931, 1, 1)]
    [InlineData("000229", 2000, 2, 29)]
    [InlineData("19950601", 1995, 6, 1)]
    [InlineData("2004017", 2020, 4, 1)]
    public void Dates_follow_the_PETRARCH_century_rule(string text, int y, int m, int d)
    {
        Assert.True(PetrarchDate.TryParse(text, out var date));
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("950631")]
    [InlineData("20100229")]
    [InlineData("9506")]
    [InlineData("95x601")]
    public void Bad_dates_are_refused(string text) => Assert.False(PetrarchDate.TryParse(text, out _));

    [Fact]
    public void Reads_synonyms_and_dated_codes()
    {
        var file = Actors("""
            # comment
            GOLLUM  # pas 27 Apr 03
            +SMEAGOL
            +SLINKER
            	[HOB < 950601]
            	[HOBGOV 19950601 - 19990815]
            	[HOBREB > 990816]

            IRAN  [IRN]
            """);
        Assert.Empty(file.Issues);
        Assert.Equal(2, file.Entries.Length);
        var gollum = file.Entries[0];
        Assert.Equal("GOLLUM", gollum.Phrase);
        Assert.Equal(["SMEAGOL", "SLINKER"], gollum.Synonyms.ToArray());
        Assert.Equal(new PetrarchCode("HOB", null, new DateOnly(1995, 5, 31), 5), gollum.Codes[0]);
        Assert.Equal(new PetrarchCode("HOBGOV", new DateOnly(1995, 6, 1), new DateOnly(1999, 8, 15), 6), gollum.Codes[1]);
        Assert.Equal(new PetrarchCode("HOBREB", new DateOnly(1999, 8, 16), null, 7), gollum.Codes[2]);
        Assert.Equal(new PetrarchCode("IRN", null, null, 9), file.Entries[1].Codes.Single());
    }

    [Fact]
    public void Entries_without_codes_share_the_next_code_block()
    {
        var file = Actors("""
            U.N._

            UN_SECRETARY_GENERAL
            +UNSG
            	[IGOUNO]
            NATO_ [IGOWSTNAT]
            """);
        Assert.Empty(file.Issues);
        Assert.Equal(["U.N.", "UN SECRETARY GENERAL", "NATO"], file.Entries.Select(e => e.Phrase).ToArray());
        Assert.All(file.Entries.Take(2), e => Assert.Equal("IGOUNO", e.Codes.Single().Code));
    }

    [Fact]
    public void Several_codes_on_one_line_are_read()
    {
        var file = Actors("ANN_VENEMAN_\t[USAGOV 010120-050120] [IGOUNOKID >050501]# comment");
        var codes = file.Entries.Single().Codes;
        Assert.Equal(2, codes.Length);
        Assert.Equal(new DateOnly(2001, 1, 20), codes[0].From);
        Assert.Equal(new DateOnly(2005, 5, 1), codes[1].From);
    }

    [Fact]
    public void Malformed_lines_are_reported_with_file_and_line()
    {
        var file = Actors("""
            ALPHA [ALP]
            	[ALPGOV 990101-980101]
            	[ALPMIL 99x101-]
            	[---]
            +
            ORPHAN
            """);
        Assert.Equal([2, 3, 4, 6], file.Issues.Select(i => i.Line).ToArray());
        Assert.All(file.Issues, i => Assert.Equal("test.actors.txt", i.File));
        Assert.StartsWith("test.actors.txt:2:", file.Issues[0].ToString());
        Assert.Single(file.Entries);
    }

    [Fact]
    public void Xml_comment_blocks_are_skipped()
    {
        var file = Actors("""
            <!-- header -->
            <!--
            # IMPORTANT [XXX]
            -->
            HAMAS [PSEREBHMS]
            """);
        Assert.Empty(file.Issues);
        Assert.Equal("HAMAS", file.Entries.Single().Phrase);
    }

    [Fact]
    public void Agents_expand_substitution_sets_and_plurals()
    {
        var file = PetrarchAgentReader.Read(new StringReader("""
            !MINST! = MINISTER, MINISTRY
            !MINST!_OF_DEFENSE [~GOVMIL]
            POLICE {} [ ~COP]
            ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
            AUTHORITY  [~GOV]
            HUMAN_RIGHTS_BODY  [NGO~]
            NO_CODE_HERE
            """), "test.agents.txt");
        var phrases = file.Agents.Select(a => (a.Phrase, a.Code)).ToList();
        Assert.Contains(("MINISTER OF DEFENSE", "GOVMIL"), phrases);
        Assert.Contains(("MINISTRY OF DEFENSE", "GOVMIL"), phrases);
        Assert.Contains(("POLICE", "COP"), phrases);
        Assert.DoesNotContain(("POLICES", "COP"), phrases);
        Assert.Contains(("ATTORNEYS GENERAL", "GOV"), phrases);
        Assert.Contains(("AUTHORITIES", "GOV"), phrases);
        Assert.True(file.Agents.Single(a => a.Phrase == "HUMAN RIGHTS BODY").Prefix);
        Assert.Equal(7, Assert.Single(file.Issues).Line);
    }

    [Fact]
    public void Imported_dictionary_resolves_dates_and_merges_under_Dyads()
    {
        var actors = Actors("""
            SAM_GAMGEE [HOB]
            	[HOBGOV 20121109-20130119]
            IRAN [XYZ]
            UN_ [IGOUNO]
            """);
        var imported = ActorDictionary.FromData(PetrarchImport.ToData([actors], []));
        Assert.True(imported.TryMatch(["Sam", "Gamgee"], 0, new DateOnly(2013, 1, 1), out var m));
        Assert.Equal("HOBGOV", m.Code);
        Assert.True(imported.TryMatch(["Sam", "Gamgee"], 0, new DateOnly(2014, 1, 1), out m));
        Assert.Equal("HOB", m.Code);
        Assert.False(imported.TryMatch(["un"], 0, new DateOnly(2014, 1, 1), out _));

        var merged = ActorDictionary.LoadDefault().Merge(imported);
        Assert.True(merged.TryMatch(["Iran"], 0, new DateOnly(2018, 4, 6), out m));
        Assert.Equal("IRN", m.Code); // Dyad's own entry wins on the same phrase
        Assert.True(merged.TryMatch(["Sam", "Gamgee"], 0, new DateOnly(2013, 1, 1), out m));
        Assert.Equal("HOBGOV", m.Code);
    }
}

public class PhoenixDictionaryTests
{
    private const string Phoenix = "data/petrarch/Phoenix.Countries.actors.txt";

    private static string Folder => Path.GetDirectoryName(SharedData.Find("petrarch/Phoenix.Countries.actors.txt"))!;

    [SharedDataTheory(Phoenix)]
    [InlineData("Phoenix.Countries.actors.txt", 18390, 5)]
    [InlineData("Phoenix.International.actors.txt", 7840, 27)]
    [InlineData("Phoenix.MilNonState.actors.txt", 1021, 0)]
    [InlineData("PETR.Validate.actors.txt", 128, 9)]
    public void Reads_actor_files_with_counts(string name, int entries, int issues)
    {
        var file = PetrarchActorReader.ReadFile(Path.Combine(Folder, name));
        Assert.Equal(entries, file.Entries.Length);
        Assert.Equal(issues, file.Issues.Length);
        Assert.All(file.Issues, i => Assert.Equal(name, i.File));
    }

    [SharedDataTheory(Phoenix)]
    [InlineData("Phoenix.agents.txt", 6695, 2)]
    [InlineData("PETR.Validate.agents.txt", 174, 0)]
    public void Reads_agent_files_with_counts(string name, int agents, int issues)
    {
        var file = PetrarchAgentReader.ReadFile(Path.Combine(Folder, name));
        Assert.Equal(agents, file.Agents.Length);
        Assert.Equal(issues, file.Issues.Length);
    }

    [SharedDataFact(Phoenix)]
    public void Phoenix_dictionaries_merge_beside_Dyads()
    {
        string[] actors = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"];
        var phoenix = PetrarchImport.ToDictionary(actors.Select(a => Path.Combine(Folder, a)), [Path.Combine(Folder, "Phoenix.agents.txt")], out var issues);
        Assert.Equal(34, issues.Length);
        var date = new DateOnly(2018, 4, 6);
        Assert.True(phoenix.TryMatch(["Afghanistan"], 0, date, out var m));
        Assert.Equal("AFG", m.Code);
        Assert.True(phoenix.TryMatch(["Boko", "Haram"], 0, date, out m));
        Assert.Equal("NGAREB", m.Code);
        Assert.True(phoenix.TryMatchAgent(["ministry", "of", "defense"], 0, out var a));
        Assert.Equal("GOVMIL", a.Code);

        var merged = ActorDictionary.LoadDefault().Merge(phoenix);
        Assert.True(merged.TryMatch(["Amir", "Hatami"], 0, date, out m));
        Assert.Equal("IRNGOVMIL", m.Code);
        Assert.True(merged.TryMatch(["Kabul"], 0, date, out m));
        Assert.Equal("AFGGOV", m.Code); // Dyad's capital entry wins over Phoenix's AFG
        Assert.StartsWith("countries.txt:", m.EntryId);
    }
}
