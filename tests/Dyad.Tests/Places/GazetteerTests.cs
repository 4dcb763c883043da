using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using Dyad.Places;
using Dyad.Resources;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Places;

public sealed class GazetteerTests
{
    [Theory]
    [InlineData("Córdoba", "cordoba")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Sana'a", "sanaa")]
    [InlineData("Washington, D.C.", "washington d c")]
    [InlineData("St. Petersburg", "saint petersburg")]
    [InlineData("The Hague", "hague")]
    [InlineData("Deir ez-Zor", "deir ez zor")]
    [InlineData("Düsseldorf", "dusseldorf")]
    [InlineData("  São   Paulo ", "sao paulo")]
    public void Name_keys_fold_case_diacritics_and_punctuation(string name, string key) =>
        Assert.Equal(key, NameKey.Normalize(name));

    [Fact]
    public void Shipped_gazetteer_has_countries_divisions_capitals_and_cities()
    {
        var g = Gazetteer.Shared;
        Assert.InRange(g.Places.Count(p => p.Kind == PlaceKind.Country), 200, 260);
        Assert.True(g.Places.Count(p => p.Kind == PlaceKind.Admin1) > 3000);
        Assert.True(g.Places.Count(p => p.Kind == PlaceKind.Capital) > 200);
        Assert.True(g.Places.Count(p => p.Kind == PlaceKind.City) > 20000);
        Assert.Equal("RUS", g.Country("RUS")?.Country);
        Assert.All(g.Places, p => Assert.Matches("^[A-Z]{3}$", p.Country));
    }

    [Theory]
    [InlineData("moscow", "524901")]
    [InlineData("MOSCOW", "524901")]
    [InlineData("Kiev", "703448")]
    [InlineData("Kyiv", "703448")]
    [InlineData("Cordoba", "3860259")]
    [InlineData("Washington", "4140963")]
    [InlineData("U.S.", "iso:USA")]
    [InlineData("Britain", "iso:GBR")]
    [InlineData("Texas", "adm1:US.TX")]
    [InlineData("Raqqa", "172955")]
    public void Looks_up_names_alternate_names_and_spellings(string name, string id) =>
        Assert.Contains(Gazetteer.Shared.Lookup(name), p => p.Id == id);

    [Fact]
    public void Unknown_names_give_no_candidates()
    {
        Assert.Empty(Gazetteer.Shared.Lookup("Nowhereville"));
        Assert.Empty(Gazetteer.Shared.Lookup(""));
        Assert.Empty(Gazetteer.Shared.Lookup("..."));
    }

    [Fact]
    public void Loads_from_its_embedded_file_quickly()
    {
        var sw = Stopwatch.StartNew();
        using var stream = EmbeddedData.Open(Gazetteer.DataPath);
        var g = Gazetteer.Load(stream, Gazetteer.DataPath);
        sw.Stop();
        Assert.True(g.Places.Length > 25000);
        // The budget is 0.5 s on a quiet machine; a test allows for a busy one.
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(3), $"load took {sw.Elapsed.TotalMilliseconds:N0} ms");
    }

    [Fact]
    public void Refuses_another_format_version()
    {
        using var ms = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(ms, System.IO.Compression.CompressionMode.Compress, leaveOpen: true))
            gz.Write("#dyad-gazetteer\t99\n"u8);
        ms.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(ms, "test.tsv.gz"));
        Assert.Contains("DYAD-E304", e.Message);
    }

    [Fact]
    public void Manifest_matches_the_shipped_file()
    {
        var data = Path.Combine(SharedData.RepoRoot, "src", "Dyad", "Data");
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "MANIFEST-gazetteer.json")));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(data, Gazetteer.DataPath))));
        Assert.Equal(manifest.RootElement.GetProperty("sha256").GetString(), sha);
        Assert.Equal(Gazetteer.Version, manifest.RootElement.GetProperty("version").GetInt32());
        Assert.Contains("CC BY 4.0", manifest.RootElement.GetProperty("attribution").GetString());
    }
}
