using Lingua;
using static Lingua.Language;

namespace Dyad.Reading.Language;

/// <summary>
/// Tells which language a story is written in, with Lingua (SearchPioneer.Lingua) restricted to
/// English and the most common other languages of world news, in low-accuracy mode: trigram models
/// only, about 2 MB shipped beside the assembly, 28 MB in memory, a fraction of a second to load
/// (once, on first use), about a millisecond a story — and most English stories never reach it:
/// an opening of which one word in eight is an English function word (the, of, and, said…) is English. Low accuracy is reliable on paragraphs, not on
/// a few words, so texts with fewer than <see cref="MinLetters"/> letters are not judged. A
/// language outside the list is reported as the closest one in it — which is never English for a
/// text that is not English, and that is what matters here. Thread-safe.
/// </summary>
public sealed class NewsLanguageDetector
{
    /// <summary>The languages told apart: English and 23 others common in international news.</summary>
    public static readonly IReadOnlyList<Lingua.Language> Languages =
    [
        English, Arabic, Chinese, Dutch, French, German, Greek, Hebrew, Hindi, Indonesian, Italian, Japanese, Korean,
        Persian, Polish, Portuguese, Romanian, Russian, Spanish, Swedish, Turkish, Ukrainian, Urdu, Vietnamese,
    ];

    /// <summary>Texts with fewer letters than this get no verdict.</summary>
    public const int MinLetters = 40;

    /// <summary>Only this many leading characters are looked at: a story's opening is enough.</summary>
    public const int SampleChars = 600;

    // Words that are English and common in no other listed language. A text that is at least one
    // eighth these is English without asking Lingua: most stories take this fast path.
    private static readonly HashSet<string> EnglishFunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "of", "and", "to", "is", "that", "for", "was", "with", "said", "has", "have", "were", "from", "by",
        "this", "which", "will", "are", "his", "their", "its", "it", "on", "at", "after", "who", "been", "would",
    };

    private readonly Lazy<LanguageDetector> _detector = new(
        () => LanguageDetectorBuilder.FromLanguages(Languages.ToArray()).WithLowAccuracyMode().WithPreloadedLanguageModels().Build(),
        LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The ISO 639-1 code of the language of <paramref name="text"/>, or null when it cannot be told.</summary>
    public string? Detect(string text)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        int letters = 0;
        foreach (var c in sample) if (char.IsLetter(c)) letters++;
        if (letters < MinLetters) return null;
        if (LooksEnglish(sample)) return "en";
        var language = _detector.Value.DetectLanguageOf(sample);
        return language == Unknown ? null : language.IsoCode6391().ToString().ToLowerInvariant();
    }

    private static bool LooksEnglish(string sample)
    {
        int words = 0, english = 0;
        foreach (var word in sample.Split((char[])[' ', '\n', '\r', '\t', ',', '.', ';', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            words++;
            if (EnglishFunctionWords.Contains(word)) english++;
        }
        return words >= 5 && english * 8 >= words;
    }
}
