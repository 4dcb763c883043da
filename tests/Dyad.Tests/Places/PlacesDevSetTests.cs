using System.Globalization;
using Dyad.Places;
using Dyad.Tests.TestSupport;
using Xunit.Abstractions;

namespace Dyad.Tests.Places;

/// <summary>
/// The places development set (places-dev.tsv): news-style sentences written for Dyad, each with
/// one place mention, the story's countries, and the expected gazetteer entry. Asserts that
/// exact-place and correct-country accuracy stay at or above the committed figures.
/// </summary>
public sealed class PlacesDevSetTests(ITestOutputHelper output)
{
    // Committed figures (see the report printed by this test); a change that lowers them fails.
    // 145 mentions: exact 100 %, country 100 %, locative 100 % with the context column; 93.1 % / 93.8 % without it.
    private const double CommittedExact = 1.0;
    private const double CommittedCountry = 1.0;
    private const double CommittedLocative = 1.0;
    private const double Tolerance = 0.015;

    public sealed record Row(int Line, string Sentence, string Mention, string[] Context, string Name, string Country, bool Locative);

    public static List<Row> Load()
    {
        var path = Path.Combine(SharedData.RepoRoot, "tests", "Dyad.Tests", "Places", "places-dev.tsv");
        var rows = new List<Row>();
        var lines = File.ReadAllLines(path);
        for (int n = 0; n < lines.Length; n++)
        {
            if (lines[n].Length == 0 || lines[n][0] == '#') continue;
            var f = lines[n].Split('\t');
            if (f.Length != 6) throw new InvalidDataException($"{path}:{n + 1}: {f.Length} columns, expected 6");
            if (!f[0].Contains(f[1], StringComparison.Ordinal)) throw new InvalidDataException($"{path}:{n + 1}: mention '{f[1]}' is not in the sentence");
            rows.Add(new Row(n + 1, f[0], f[1], f[2].Split(',', StringSplitOptions.RemoveEmptyEntries), f[3], f[4], f[5] == "yes"));
        }
        return rows;
    }

    /// <summary>Finds and resolves the row's mention as <c>dyad places</c> does.</summary>
    public static (TextPlace? Found, Place? Place) Run(Row row, PlaceResolver resolver, bool withContext = true)
    {
        var found = TextPlaceFinder.Find(row.Sentence, resolver.Gazetteer);
        int at = row.Sentence.IndexOf(row.Mention, StringComparison.Ordinal);
        int index = found.FindIndex(f => f.Start == at);
        if (index < 0) return (null, null);
        var choices = resolver.ResolveAll([.. found.Select(f => f.Phrase)], withContext ? PlaceContext.Of(row.Context) : PlaceContext.Empty);
        return (found[index], choices[index].Place);
    }

    [Fact]
    public void Has_at_least_100_mentions_many_ambiguous()
    {
        var rows = Load();
        Assert.True(rows.Count >= 100, $"{rows.Count} rows");
        var g = Gazetteer.Shared;
        int ambiguous = rows.Count(r => g.Lookup(r.Mention).Select(p => p.Country).Distinct().Count() > 1);
        Assert.True(ambiguous >= 40, $"{ambiguous} ambiguous mentions");
    }

    [Fact]
    public void Accuracy_stays_at_or_above_the_committed_figures()
    {
        var rows = Load();
        var resolver = new PlaceResolver(Gazetteer.Shared);
        int exact = 0, country = 0, locative = 0, ambiguous = 0, ambiguousExact = 0;
        foreach (var row in rows)
        {
            var (found, place) = Run(row, resolver);
            bool isExact = place is not null && place.Name == row.Name && place.Country == row.Country;
            bool isCountry = place is not null && place.Country == row.Country;
            bool isAmbiguous = Gazetteer.Shared.Lookup(row.Mention).Select(p => p.Country).Distinct().Count() > 1;
            if (isExact) exact++;
            if (isCountry) country++;
            if (found is not null && found.IsLocative == row.Locative) locative++;
            if (isAmbiguous) { ambiguous++; if (isExact) ambiguousExact++; }
            if (!isExact || found?.IsLocative != row.Locative)
                output.WriteLine($"line {row.Line}: '{row.Mention}' → {(place is null ? "none" : place.ToString())}, expected {row.Name}, {row.Country}{(found is null ? " (not found)" : found.IsLocative != row.Locative ? $" (locative {found.IsLocative}, expected {row.Locative})" : "")}");
        }
        int bareExact = rows.Count(r => Run(r, resolver, withContext: false).Place is { } p && p.Name == r.Name && p.Country == r.Country);
        int bareCountry = rows.Count(r => Run(r, resolver, withContext: false).Place is { } p && p.Country == r.Country);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"without the context column: exact {(double)bareExact / rows.Count:P1}, country {(double)bareCountry / rows.Count:P1}"));
        double e = (double)exact / rows.Count, c = (double)country / rows.Count, l = (double)locative / rows.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"places dev set: {rows.Count} mentions ({ambiguous} ambiguous); exact place {e:P1}, correct country {c:P1}, locative judgement {l:P1}; exact on ambiguous {(double)ambiguousExact / ambiguous:P1}"));
        Assert.True(e >= CommittedExact - Tolerance, $"exact {e:P1} < committed {CommittedExact:P1}");
        Assert.True(c >= CommittedCountry - Tolerance, $"country {c:P1} < committed {CommittedCountry:P1}");
        Assert.True(l >= CommittedLocative - Tolerance, $"locative {l:P1} < committed {CommittedLocative:P1}");
    }
}
