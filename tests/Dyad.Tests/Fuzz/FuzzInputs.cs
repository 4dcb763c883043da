using CsCheck;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Fuzz;

/// <summary>
/// Generators for the property-based fuzz tests: news-like text stitched from fragments that
/// break tokenizers (quotes, brackets, abbreviations, scripts, emoji, odd whitespace, lone
/// surrogates), and mutations of seed files (the bundled samples, pattern files, dictionaries).
/// </summary>
/// <remarks>
/// CI runs each property for a small fixed number of cases. For a longer run set
/// <c>DYAD_FUZZ_SECONDS</c> (each property then runs that long on every core), and
/// <c>CsCheck_Seed</c> to replay a failure CsCheck printed.
/// </remarks>
internal static class FuzzInputs
{
    /// <summary>Sample size: <paramref name="ci"/> cases, or DYAD_FUZZ_SECONDS seconds when set.</summary>
    public static (long Iter, int Time) Budget(long ci) =>
        int.TryParse(Environment.GetEnvironmentVariable("DYAD_FUZZ_SECONDS"), out var s) && s > 0 ? (-1, s) : (ci, -1);

    private static readonly string[] Fragments =
    [
        "Iran", "’s", "'s", "defense", "minister", "met", "his", "Pakistani", "counterpart", "in", "Moscow", "on", "Tuesday",
        "U.S.", "Gen.", "Dr.", "J.", "a.m.", "No.", "etc.", "1,000", "3.5", "$10", "90%", "'90s", "don't", "can't", "countries'",
        "http://x.org/a?b=c.", "www.example.com", "a@b.co", "e-mail", "well-known", "year.At", "forces—the", "--", "—", "–", "...", "…",
        ".", ",", ";", ":", "!", "?", "!!", "?!", "(", ")", "[", "]", "{", "}", "\"", "“", "”", "‘", "’", "'", "`", "``", "«", "»", "<p>", "</p>", "&amp;",
        " ", " ", " ", "\n", "\n\n", "\r", "\r\n", "\t", "\u00a0", "\u2028", "\u200b", "\ufeff", "\u200d", "\u200f", "\u202e",
        "إيران", "איראן", "伊朗", "ईरान", "Иран", "é", "e\u0301", "ﬁ", "İ", "ß", "😀", "🇮🇷", "👨‍👩‍👧", "\ud800", "\udfff", "\u0000", "\u0001", "\uffff",
        "0", "12", "2018-04-06", "#", "@", "%", "&", "*", "/", "\\", "|", "~", "^", "=", "+", "_",
    ];

    /// <summary>News-like hostile text of up to about 300 fragments.</summary>
    public static readonly Gen<string> Text =
        Gen.OneOf(Fragments).Array[0, 300].Select(parts =>
        {
            var sb = new System.Text.StringBuilder();
            foreach (var p in parts)
            {
                sb.Append(p);
                if (p.Length > 1 && char.IsLetterOrDigit(p[0])) sb.Append(' ');
            }
            return sb.ToString();
        });

    /// <summary>Either news-like text or arbitrary characters.</summary>
    public static readonly Gen<string> AnyText = Gen.Frequency((4, Text), (1, Gen.String[0, 400]), (1, Gen.Char.Array[0, 400].Select(c => new string(c))));

    /// <summary>A word list as the tokenizer would produce it (no empty words), hostile or news-like.</summary>
    public static readonly Gen<string[]> Words =
        Gen.Frequency((3, Gen.OneOf(Fragments)), (1, Gen.String[1, 30])).Where(w => w.Length > 0).Array[1, 120];

    /// <summary>Mutations of <paramref name="seed"/>: character edits, fragment inserts, range deletes, duplication, truncation.</summary>
    public static Gen<string> Mutate(string seed) =>
        Gen.Int[1, 8].SelectMany(count => Gen.Select(Gen.Int[0, 5].Array[count], Gen.Int[0, int.MaxValue].Array[count * 3], Gen.OneOf(Fragments).Array[count],
            (kinds, numbers, inserts) =>
            {
                var s = seed;
                for (int k = 0; k < kinds.Length; k++)
                {
                    int a = s.Length == 0 ? 0 : numbers[k * 3] % (s.Length + 1);
                    int b = s.Length == 0 ? 0 : numbers[k * 3 + 1] % (s.Length + 1);
                    if (a > b) (a, b) = (b, a);
                    b = Math.Min(b, a + 200);
                    s = kinds[k] switch
                    {
                        0 => s.Insert(a, inserts[k]),
                        1 => s.Remove(a, b - a),
                        2 => s.Insert(a, s[a..b]),
                        3 => s[..a],
                        4 => a < s.Length ? s.Remove(a, 1).Insert(a, ((char)(numbers[k * 3 + 2] % 0x3000)).ToString()) : s,
                        _ => s.Insert(a, new string(s.ElementAtOrDefault(a), numbers[k * 3 + 2] % 50)),
                    };
                }
                return s;
            }));

    /// <summary>Mutations of one of the seed texts.</summary>
    public static Gen<string> MutateAny(IReadOnlyList<string> seeds) =>
        Gen.Int[0, seeds.Count - 1].SelectMany(i => Mutate(seeds[i]));

    /// <summary>The bundled sample stories (with their date lines).</summary>
    public static IReadOnlyList<string> Samples { get; } =
        Directory.GetFiles(Path.Combine(SharedData.RepoRoot, "samples"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
}
