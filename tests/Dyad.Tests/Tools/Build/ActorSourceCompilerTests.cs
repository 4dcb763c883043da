using Dyad.Tests.TestSupport;
using Dyad.Actors.Dictionary;
using Dyad.Build.Actors;

namespace Dyad.Tests.Tools.Build;

public sealed class ActorSourceCompilerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-actors-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private void Write(string file, params string[] lines) => File.WriteAllLines(Path.Combine(_dir, file), lines);

    private void WriteBase()
    {
        Write("countries.txt",
            "# test states",
            "IRN | Iran | Persia | Iranian | Tehran",
            "USA | United States | US; U.S. | American | Washington");
        Write("igos.txt", "IGOUNO | United Nations | UN; U.N.");
    }

    private SourceError SingleError()
    {
        var result = ActorSourceCompiler.Compile(_dir);
        Assert.Null(result.Data);
        return Assert.Single(result.Errors);
    }

    [Fact]
    public void Valid_sources_compile()
    {
        WriteBase();
        Write("people.txt", "Amir Hatami | IRN | GOVMIL | 2017-08-20..2021-08-25 | defense minister", "+ Brigadier General Amir Hatami");
        Write("agents.txt", "defense minister | GOVMIL");
        var result = ActorSourceCompiler.Compile(_dir);
        Assert.Empty(result.Errors);
        var dict = ActorDictionary.FromData(result.Data!);
        Assert.True(dict.TryMatch(["Brigadier", "General", "Amir", "Hatami"], 0, new DateOnly(2018, 1, 1), out var m));
        Assert.Equal("IRNGOVMIL", m.Code);
        Assert.Equal(4, m.Length);
        Assert.True(dict.TryMatch(["Iranians"], 0, new DateOnly(2018, 1, 1), out m));
        Assert.Equal(ActorKind.Demonym, m.Kind);
    }

    [Fact]
    public void Unknown_country_is_reported_with_file_and_line()
    {
        WriteBase();
        Write("people.txt", "# header", "Nobody | XYZ | GOV | 2001-01-01..2002-01-01 | president");
        var e = SingleError();
        Assert.Equal(("people.txt", 2, SourceErrors.UnknownCountry), (e.File, e.Line, e.Code));
        Assert.StartsWith("people.txt:2: DYA-B002", e.ToString());
    }

    [Fact]
    public void Unknown_igo_is_reported()
    {
        WriteBase();
        Write("people.txt", "Someone | IGOXYZ | | 2001-01-01..2002-01-01 | chief");
        var e = SingleError();
        Assert.Equal(("people.txt", 1, SourceErrors.UnknownIgo), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Unknown_agent_is_reported()
    {
        WriteBase();
        Write("agents.txt", "minister | GOV", "wizard | WIZ");
        var e = SingleError();
        Assert.Equal(("agents.txt", 2, SourceErrors.UnknownAgent), (e.File, e.Line, e.Code));
    }

    [Theory]
    [InlineData("2017-13-01..2018-01-01")]
    [InlineData("2017-08-20")]
    [InlineData("2019-01-01..2018-01-01")]
    [InlineData("yesterday..")]
    public void Malformed_dates_are_reported(string range)
    {
        WriteBase();
        Write("people.txt", "", $"Amir Hatami | IRN | GOVMIL | {range} | defense minister");
        var e = SingleError();
        Assert.Equal(("people.txt", 2, SourceErrors.BadDate), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Approximate_and_partial_dates_parse()
    {
        Assert.True(ActorSourceCompiler.TryParseRange("~2016-10..~2018-08", out var from, out var to, out _));
        Assert.Equal(new DateOnly(2016, 10, 1), from);
        Assert.Equal(new DateOnly(2018, 8, 31), to);
        Assert.True(ActorSourceCompiler.TryParseRange("2012-05-07..", out from, out to, out _));
        Assert.Equal(new DateOnly(2012, 5, 7), from);
        Assert.Null(to);
    }

    [Fact]
    public void Overlapping_ranges_of_one_role_are_reported()
    {
        WriteBase();
        Write("people.txt",
            "Vladimir Putin | IRN | GOV | 2000-05-07..2008-05-07 | president",
            "Vladimir Putin | IRN | GOV | 2008-05-08..2012-05-07 | prime minister",
            "Vladimir Putin | IRN | GOV | 2008-01-01..2009-01-01 | president");
        var e = SingleError();
        Assert.Equal(("people.txt", 3, SourceErrors.Overlap), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Alias_naming_two_codes_is_reported()
    {
        WriteBase();
        Write("seats.txt", "the White House | USAGOV", "White House | IRNGOV");
        var e = SingleError();
        Assert.Equal(("seats.txt", 2, SourceErrors.AliasConflict), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Duplicate_entries_are_reported()
    {
        WriteBase();
        Write("countries.curated.txt", "IRN | Iran again | | |");
        var e = SingleError();
        Assert.Equal(("countries.curated.txt", 1, SourceErrors.Duplicate), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Duplicate_role_line_is_reported()
    {
        WriteBase();
        Write("people.txt",
            "Amir Hatami | IRN | GOVMIL | 2017-08-20..2021-08-25 | defense minister",
            "Amir Hatami | IRN | GOVMIL | 2017-08-20..2021-08-25 | defense minister");
        var e = SingleError();
        Assert.Equal(("people.txt", 2, SourceErrors.Duplicate), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Malformed_line_and_orphan_alias_are_reported()
    {
        WriteBase();
        Write("groups.txt", "+ Houthi", "Houthis | YEM | REB");
        var result = ActorSourceCompiler.Compile(_dir);
        Assert.Equal([("groups.txt", 1, SourceErrors.Orphan), ("groups.txt", 2, SourceErrors.Malformed)],
            result.Errors.Select(e => (e.File, e.Line, e.Code)).ToArray());
    }

    [Fact]
    public void Bad_code_is_reported()
    {
        WriteBase();
        Write("seats.txt", "the Kremlin | rusgov");
        var e = SingleError();
        Assert.Equal(("seats.txt", 1, SourceErrors.BadCode), (e.File, e.Line, e.Code));
    }

    [Fact]
    public void Verb_exits_1_with_errors_and_writes_nothing()
    {
        WriteBase();
        Write("agents.txt", "wizard | WIZ");
        var outPath = Path.Combine(_dir, "out", "actors.dat");
        var err = new StringWriter();
        int code = new ActorsVerb().Run(["--source", _dir, "--out", outPath], TextWriter.Null, err);
        Assert.Equal(1, code);
        Assert.Contains("agents.txt:1: DYA-B004", err.ToString());
        Assert.False(File.Exists(outPath));
    }

    [Fact]
    public void Verb_output_is_deterministic_and_loads()
    {
        WriteBase();
        var a = Path.Combine(_dir, "a", "actors.dat");
        var b = Path.Combine(_dir, "b", "actors.dat");
        Assert.Equal(0, new ActorsVerb().Run(["--source", _dir, "--out", a], TextWriter.Null, TextWriter.Null));
        Assert.Equal(0, new ActorsVerb().Run(["--source", _dir, "--out", b], TextWriter.Null, TextWriter.Null));
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        Assert.Equal(File.ReadAllText(Path.Combine(_dir, "a", "MANIFEST-actors.json")), File.ReadAllText(Path.Combine(_dir, "b", "MANIFEST-actors.json")));
        using var stream = File.OpenRead(a);
        Assert.NotNull(ActorDictionary.Load(stream).GetCountry("IRN"));
    }

    [Fact]
    public void The_derived_people_table_yields_to_the_hand_written_one()
    {
        WriteBase();
        Write("people.txt", "Amir Hatami | IRN | GOVMIL | 2017-08-20..2021-08-25 | defense minister");
        Write("people.phoenix.txt",
            "Amir Hatami | USA | GOV | 2010-01-01..2012-01-01 | ",
            "Hassan Rouhani | IRN | GOV | 2013-08-03..2014-01-30 | ",
            "Hassan Rouhani | IRN | ELI |  | ");
        var result = ActorSourceCompiler.Compile(_dir);
        Assert.Empty(result.Errors);
        var dict = ActorDictionary.FromData(result.Data!);
        Assert.True(dict.TryMatch(["Amir", "Hatami"], 0, new DateOnly(2011, 1, 1), out var m));
        Assert.Equal("IRN", m.Country);
        Assert.True(dict.TryMatch(["Hassan", "Rouhani"], 0, new DateOnly(2013, 9, 1), out m));
        Assert.Equal("IRNGOV", m.Code);
        // Outside its dated roles the undated line holds.
        Assert.True(dict.TryMatch(["Hassan", "Rouhani"], 0, new DateOnly(2005, 1, 1), out m));
        Assert.Equal("IRNELI", m.Code);
    }

    [Fact]
    public void Phoenix_people_are_read_with_their_dated_roles()
    {
        WriteBase();
        Write("people.txt", "Amir Hatami | IRN | GOVMIL | 2017-08-20..2021-08-25 | defense minister");
        var phoenix = Path.Combine(_dir, "Phoenix.Countries.actors.txt");
        File.WriteAllLines(phoenix,
        [
            "# header",
            "IRAN_  [IRN]",
            "+PERSIA_",
            "MOHAMMAD_KHATAMI_  # CountryInfo.txt",
            "\t[IRNELI 430101-970803]",
            "\t[IRNGOV 970803-050803]",
            "\t[IRNELI]",
            "+SEYED_MOHAMMAD_KHATAMI_",
            "AMIR_HATAMI_  # CountryInfo.txt",
            "\t[IRNGOV >130801]",
            "MIKHAIL_GORBACHEV_  # CountryInfo.txt",
            "\t[USRGOV 850311-911225]",
            "HASSAN_  # CountryInfo.txt",
            "\t[IRNGOV 610226-990723]",
            "UNITED_STATES_CONGRESS_",
            "+SENATE_",
            "\t[USAGOVLEG]",
        ]);
        var outPath = Path.Combine(_dir, "people.phoenix.txt");
        Assert.Equal(0, new PhoenixPeopleVerb().Run(["--phoenix", phoenix, "--source", _dir, "--out", outPath], TextWriter.Null, TextWriter.Null));
        var lines = File.ReadAllLines(outPath).Where(l => !l.StartsWith('#')).ToArray();
        // An end is the next role's first day: the role ends the day before. Hatami is people.txt's;
        // Gorbachev's only code (the Soviet Union) is no state Dyad knows; a single name ("Hassan") would
        // name every namesake; an institution ("Senate") is no person.
        Assert.Equal(
        [
            "Mohammad Khatami | IRN | ELI | 1943-01-01..1997-08-02 | ",
            "Mohammad Khatami | IRN | GOV | 1997-08-03..2005-08-02 | ",
            "Mohammad Khatami | IRN | ELI |  | ",
            "+ Seyed Mohammad Khatami",
        ], lines);
        var result = ActorSourceCompiler.Compile(_dir);
        Assert.Empty(result.Errors);
        Assert.True(ActorDictionary.FromData(result.Data!).TryMatch(["Seyed", "Mohammad", "Khatami"], 0, new DateOnly(2000, 1, 1), out var m));
        Assert.Equal("IRNGOV", m.Code);
    }

    [Fact]
    public void Committed_actors_dat_matches_the_sources()
    {
        var result = ActorSourceCompiler.Compile(Path.Combine(SharedData.RepoRoot, "dictionaries", "actors"));
        Assert.Empty(result.Errors);
        var committed = File.ReadAllBytes(Path.Combine(SharedData.RepoRoot, "src", "Dyad", "Data", "actors.dat"));
        Assert.True(committed.AsSpan().SequenceEqual(ActorsVerb.Serialize(result.Data!)),
            "src/Dyad/Data/actors.dat is stale: rebuild it with dyad-build actors (see dictionaries/actors/README.md)");
    }
}
