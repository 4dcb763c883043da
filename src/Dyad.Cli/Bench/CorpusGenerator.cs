using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dyad.Cli.Bench;

/// <summary>
/// Writes large, realistic-looking JSONL corpora for <c>dyad bench</c> from the bundled samples
/// (<c>samples/*.txt</c>, embedded in the CLI): each story takes one sample's sentences in order,
/// sometimes sentences of another sample and event-free filler, renames the states consistently
/// (name, demonym and capital), and may open with a dateline. Deterministic for a given seed.
/// </summary>
internal sealed partial class CorpusGenerator
{
    /// <summary>A state as it appears in news text.</summary>
    private sealed record Nation(string Name, string Demonym, string Capital);

    // The states the samples name; each story maps them one-to-one onto others.
    private static readonly Nation[] InSamples =
    [
        new("India", "Indian", "New Delhi"), new("China", "Chinese", "Beijing"), new("Egypt", "Egyptian", "Cairo"),
        new("Israel", "Israeli", "Jerusalem"), new("Qatar", "Qatari", "Doha"), new("Russia", "Russian", "Moscow"),
        new("Iran", "Iranian", "Tehran"), new("France", "French", "Paris"), new("Germany", "German", "Berlin"),
        new("Britain", "British", "London"),
    ];

    private static readonly Nation[] Others =
    [
        new("Brazil", "Brazilian", "Brasilia"), new("Turkey", "Turkish", "Ankara"), new("Japan", "Japanese", "Tokyo"),
        new("Nigeria", "Nigerian", "Abuja"), new("Mexico", "Mexican", "Mexico City"), new("Kenya", "Kenyan", "Nairobi"),
        new("Pakistan", "Pakistani", "Islamabad"), new("Indonesia", "Indonesian", "Jakarta"), new("Ukraine", "Ukrainian", "Kyiv"),
        new("Saudi Arabia", "Saudi", "Riyadh"), new("Canada", "Canadian", "Ottawa"), new("Italy", "Italian", "Rome"),
        new("Spain", "Spanish", "Madrid"), new("Poland", "Polish", "Warsaw"), new("Vietnam", "Vietnamese", "Hanoi"),
        new("Argentina", "Argentine", "Buenos Aires"), new("South Korea", "South Korean", "Seoul"),
        new("Ethiopia", "Ethiopian", "Addis Ababa"), new("Colombia", "Colombian", "Bogota"), new("Syria", "Syrian", "Damascus"),
    ];

    private static readonly string[] Filler =
    [
        "Markets in the region were little changed on the day.",
        "The talks are expected to continue next week, officials said.",
        "Analysts said the outcome of the negotiations remained uncertain.",
        "The ministry did not respond to a request for comment.",
        "Heavy rain delayed flights at the capital's main airport for several hours.",
        "The statement gave no further details about the timing of the visit.",
        "Thousands of people gathered in the central square on Sunday evening.",
        "Officials declined to say how many people had been affected.",
    ];

    private static readonly string[] Outlets = ["Dyad Wire", "Example Post", "Sample Times", "Test Herald", "Bench News"];

    [GeneratedRegex(@"\b(New Delhi|India|Indian|China|Chinese|Beijing|Egypt|Egyptian|Cairo|Israel|Israeli|Jerusalem|Qatar|Qatari|Doha|Russia|Russian|Moscow|Iran|Iranian|Tehran|France|French|Paris|Germany|German|Berlin|Britain|British|London)\b", RegexOptions.CultureInvariant)]
    private static partial Regex NationWord();

    [GeneratedRegex(@"\A\s*date\s+\S+[ \t]*\r?\n?", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    private readonly List<string[]> _samples;
    private readonly int _seed;

    /// <summary>A generator over the embedded samples.</summary>
    public CorpusGenerator(int seed)
    {
        _seed = seed;
        _samples = LoadSamples();
        if (_samples.Count == 0) throw new InvalidOperationException("no samples embedded in the CLI");
    }

    /// <summary>Sentences of each bundled sample, in order (paragraphs split at sentence ends).</summary>
    private static List<string[]> LoadSamples()
    {
        var assembly = typeof(CorpusGenerator).Assembly;
        var samples = new List<string[]>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("samples/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!, Encoding.UTF8);
            var text = DateLine().Replace(reader.ReadToEnd(), "");
            // The dateline of a sample is the generator's to add.
            text = Regex.Replace(text, @"\A[A-Z]+, [A-Z][a-z]+ \d+ \([^)]*\) - ", "");
            var sentences = Regex.Split(text.Trim(), @"(?<=[.!?])\s+(?=[A-Z“""])")
                .Select(s => s.Trim()).Where(s => s.Length > 0).ToArray();
            samples.Add(sentences);
        }
        return samples;
    }

    /// <summary>The stories, lazily: <paramref name="count"/> JSON lines (no line end).</summary>
    public IEnumerable<string> Lines(long count)
    {
        var rng = new Random(_seed);
        var start = new DateOnly(2016, 1, 1);
        for (long i = 0; i < count; i++)
            yield return Line(rng, i, start.AddDays(rng.Next(8 * 365)));
    }

    /// <summary>Writes <paramref name="count"/> stories as JSONL (gzipped when the name ends in .gz).</summary>
    public void Write(string path, long count)
    {
        Stream stream = File.Create(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            stream = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionLevel.Fastest);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        foreach (var line in Lines(count))
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    /// <summary>The whole corpus in memory (for benchmarks that must not time the disk).</summary>
    public byte[] ToBytes(long count)
    {
        using var buffer = new MemoryStream();
        foreach (var line in Lines(count))
        {
            buffer.Write(Encoding.UTF8.GetBytes(line));
            buffer.WriteByte((byte)'\n');
        }
        return buffer.ToArray();
    }

    private string Line(Random rng, long index, DateOnly date)
    {
        // A one-to-one renaming of the samples' states for this story (half the time none).
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rng.Next(2) == 0)
        {
            var pool = InSamples.Concat(Others).ToArray();
            rng.Shuffle(pool);
            for (int k = 0; k < InSamples.Length; k++)
            {
                map[InSamples[k].Name] = pool[k].Name;
                map[InSamples[k].Demonym] = pool[k].Demonym;
                map[InSamples[k].Capital] = pool[k].Capital;
            }
        }

        var sentences = new List<string>(_samples[rng.Next(_samples.Count)]);
        int extra = rng.Next(3);
        for (int k = 0; k < extra; k++)
        {
            var other = _samples[rng.Next(_samples.Count)];
            sentences.Add(other[rng.Next(other.Length)]);
        }
        int fillers = rng.Next(4);
        for (int k = 0; k < fillers; k++) sentences.Insert(1 + rng.Next(sentences.Count), Filler[rng.Next(Filler.Length)]);

        var text = new StringBuilder();
        if (rng.Next(3) == 0)
        {
            var place = map.Count > 0 ? map["Moscow"] : "Moscow";
            text.Append(place.ToUpperInvariant()).Append(", ")
                .Append(date.ToString("MMMM d", CultureInfo.InvariantCulture)).Append(" (").Append(Outlets[index % Outlets.Length]).Append(") - ");
        }
        for (int k = 0; k < sentences.Count; k++)
        {
            if (k > 0) text.Append(rng.Next(3) == 0 ? " " : "\n\n");
            text.Append(map.Count == 0 ? sentences[k] : NationWord().Replace(sentences[k], m => map[m.Value]));
        }
        var body = text.ToString();

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", $"gen-{_seed}-{index:D7}");
            json.WriteString("date", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("title", string.Join(' ', body.Split(' ', 9).Take(8)));
            json.WriteString("source", Outlets[index % Outlets.Length]);
            json.WriteString("text", body);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
