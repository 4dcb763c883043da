using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.IO.Compression;
using Dyad.Resources;

namespace Dyad.Places;

/// <summary>
/// Dyad's gazetteer: countries, first-level divisions, national capitals and cities above a
/// population threshold (GeoNames data), looked up by name — case-, diacritics- and
/// punctuation-insensitive (see <see cref="NameKey"/>), over official and alternate names.
/// </summary>
/// <remarks>
/// The shipped gazetteer is compiled by <c>tools/Dyad.Build gazetteer</c> into
/// <c>src/Dyad/Data/gazetteer.tsv.gz</c> and loaded once, lazily and thread-safely, by
/// <see cref="Shared"/>. A gazetteer is immutable and safe to share between threads. Look-ups return
/// every entry with the name; choosing one is <see cref="PlaceResolver"/>'s job.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>The data format name in the file header.</summary>
    public const string Format = "dyad-gazetteer";

    /// <summary>The data format version this code reads.</summary>
    public const int Version = 1;

    /// <summary>Path of the shipped gazetteer under src/Dyad/Data.</summary>
    public const string DataPath = "gazetteer.tsv.gz";

    private static readonly Lazy<Gazetteer> Default = new(() =>
    {
        using var stream = EmbeddedData.Open(DataPath);
        return Load(stream, DataPath);
    });

    private readonly FrozenDictionary<string, ImmutableArray<Place>> _byKey;
    private readonly FrozenDictionary<string, ImmutableArray<Place>>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly FrozenDictionary<string, Place> _byId;
    private readonly FrozenDictionary<string, Place> _countries;

    private Gazetteer(IReadOnlyList<Place> places, Dictionary<string, List<Place>> byKey)
    {
        Places = [.. places];
        _byKey = byKey.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutableArray(), StringComparer.Ordinal);
        _bySpan = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        _byId = places.ToFrozenDictionary(p => p.Id, StringComparer.Ordinal);
        _countries = places.Where(p => p.Kind == PlaceKind.Country).ToFrozenDictionary(p => p.Country, StringComparer.Ordinal);
        MaxNameWords = byKey.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    /// <summary>The shipped gazetteer, loaded on first use.</summary>
    public static Gazetteer Shared => Default.Value;

    /// <summary>Every entry, in file order (by id).</summary>
    public ImmutableArray<Place> Places { get; }

    /// <summary>Number of distinct look-up keys (names and alternate names).</summary>
    public int NameCount => _byKey.Count;

    /// <summary>The most words any known name has (bounds phrase scanning).</summary>
    public int MaxNameWords { get; }

    /// <summary>Every entry known by <paramref name="name"/> (any spelling <see cref="NameKey"/> folds together); empty when none.</summary>
    public ImmutableArray<Place> Lookup(ReadOnlySpan<char> name)
    {
        Span<char> key = stackalloc char[NameKey.MaxLength * 2];
        int n = NameKey.Normalize(name, key);
        if (n == 0) return [];
        if (_bySpan.TryGetValue(key[..n], out var found)) return found;
        return [];
    }

    /// <summary>Every entry whose key is exactly <paramref name="key"/> (already normalised).</summary>
    public ImmutableArray<Place> LookupKey(string key) => _byKey.TryGetValue(key, out var found) ? found : [];

    /// <summary>Whether any entry is known by <paramref name="name"/>.</summary>
    public bool Contains(ReadOnlySpan<char> name) => !Lookup(name).IsEmpty;

    /// <summary>
    /// The country of a town, province or capital the name most likely means: the most populous place of
    /// that name that is not a country, when it is a sizeable one (100,000 people), a capital or a province;
    /// null otherwise.
    /// </summary>
    public string? CountryOfTown(ReadOnlySpan<char> name)
    {
        Place? best = null;
        foreach (var p in Lookup(name))
            if (p.Kind is not PlaceKind.Country && (best is null || p.Population > best.Population)) best = p;
        return best is { Population: >= 100_000 } || best is { Kind: PlaceKind.Capital or PlaceKind.Admin1 } ? best.Country : null;
    }

    /// <summary>The entry with gazetteer id <paramref name="id"/>, or null.</summary>
    public Place? ById(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The country entry for ISO alpha-3 <paramref name="alpha3"/>, or null.</summary>
    public Place? Country(string alpha3) => _countries.GetValueOrDefault(alpha3);

    /// <summary>
    /// Reads a gazetteer file (gzipped TSV, header <c>#dyad-gazetteer\t1</c>).
    /// </summary>
    /// <exception cref="InvalidDataException">The header names another format or version, or a line is malformed.</exception>
    public static Gazetteer Load(Stream stream, string origin)
    {
        using var gz = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gz, bufferSize: 1 << 16);
        var header = reader.ReadLine() ?? "";
        var expected = $"#{Format}\t{Version}";
        if (header != expected)
            throw new InvalidDataException(DyadErrors.Format(DyadErrors.DataVersion, origin, header, expected));
        var places = new List<Place>(32_000);
        var byKey = new Dictionary<string, List<Place>>(80_000, StringComparer.Ordinal);
        string? line;
        int lineNo = 1;
        bool columns = false;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            if (!columns) { columns = true; continue; } // the column-name line
            var f = line.Split('\t');
            if (f.Length != 10) throw new InvalidDataException($"{origin}:{lineNo}: {f.Length} columns, expected 10");
            var place = new Place(
                f[0], f[2], ParseKind(f[1], origin, lineNo), f[3], f[4], f[5],
                long.Parse(f[6], CultureInfo.InvariantCulture),
                double.Parse(f[7], CultureInfo.InvariantCulture),
                double.Parse(f[8], CultureInfo.InvariantCulture));
            places.Add(place);
            Index(byKey, place, f[2]);
            if (f[9].Length > 0)
                foreach (var alt in f[9].Split('|')) Index(byKey, place, alt);
        }
        return new Gazetteer(places, byKey);
    }

    private static void Index(Dictionary<string, List<Place>> byKey, Place place, string name)
    {
        var key = NameKey.Normalize(name);
        if (key.Length == 0) return;
        Add(byKey, key, place);
        // "Al Raqqah" is also written "Raqqah"; towns only, so the short form cannot shadow a country.
        if (place.IsTown && NameKey.WithoutArticle(key) is { } bare) Add(byKey, bare, place);
    }

    private static void Add(Dictionary<string, List<Place>> byKey, string key, Place place)
    {
        if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = new List<Place>(1);
        if (!list.Contains(place)) list.Add(place);
    }

    private static PlaceKind ParseKind(string kind, string origin, int line) => kind switch
    {
        "country" => PlaceKind.Country,
        "admin1" => PlaceKind.Admin1,
        "capital" => PlaceKind.Capital,
        "city" => PlaceKind.City,
        _ => throw new InvalidDataException($"{origin}:{line}: unknown kind '{kind}'"),
    };
}
