using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Resources;

namespace Dyad.Events.Patterns;

/// <summary>
/// The compiled event patterns, indexed by trigger lemma (verb and noun triggers apart), the most
/// specific first (the most conditions), then in dictionary order: for one trigger word the first
/// pattern whose conditions hold and that finds a source and a target is used.
/// </summary>
public sealed class PatternSet
{
    private static readonly Lazy<PatternSet> Default = new(LoadDefault);
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> _verbs;
    private readonly FrozenDictionary<string, ImmutableArray<EventPattern>> _nouns;

    /// <summary>Indexes the given patterns.</summary>
    public PatternSet(IEnumerable<EventPattern> patterns, IEnumerable<string> speechVerbs, IEnumerable<string> judgementCues)
    {
        var all = patterns.ToImmutableArray();
        Patterns = all;
        _verbs = Index(all.Where(p => p.Kind == TriggerKind.Verb));
        _nouns = Index(all.Where(p => p.Kind == TriggerKind.Noun));
        SpeechVerbs = speechVerbs.ToFrozenSet(StringComparer.Ordinal);
        JudgementCues = judgementCues.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>Whether a lemma triggers verb patterns ("reject", "release"): a verb of news events.</summary>
    public bool IsVerbTrigger(string lemma) => _verbs.ContainsKey(lemma);

    /// <summary>The shipped patterns.</summary>
    public static PatternSet Shared => Default.Value;

    /// <summary>Every pattern in dictionary order.</summary>
    public ImmutableArray<EventPattern> Patterns { get; }

    /// <summary>Verbs of saying: their speaker is the source of the judgements in what they report.</summary>
    public FrozenSet<string> SpeechVerbs { get; }

    /// <summary>Words that make a reported statement about another actor an accusation (baseless, plot, meddling …).</summary>
    public FrozenSet<string> JudgementCues { get; }

    /// <summary>Patterns a verb lemma may trigger, in order.</summary>
    public ImmutableArray<EventPattern> ForVerb(string lemma) => _verbs.TryGetValue(lemma, out var p) ? p : [];

    /// <summary>
    /// The patterns of a verb whose lemma the lemmatizer may have got wrong ("rioted" → "riote"): the
    /// lemma's own first, else those of the base forms that regular inflection gives the word.
    /// </summary>
    public ImmutableArray<EventPattern> ForVerb(string lemma, string word)
    {
        if (_verbs.TryGetValue(lemma, out var p)) return p;
        foreach (var stem in RegularStems(word.ToLowerInvariant()))
            if (_verbs.TryGetValue(stem, out p)) return p;
        return [];
    }

    private static readonly string[] Suffixes = ["ed", "ing", "es", "s"];

    /// <summary>Candidate base forms of a regularly inflected verb: "rioted" → riot, riote; "stopped" → stop; "tries" → try.</summary>
    internal static IEnumerable<string> RegularStems(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (!word.EndsWith(suffix, StringComparison.Ordinal) || word.Length < suffix.Length + 3) continue;
            var stem = word[..^suffix.Length];
            yield return stem;
            if (suffix is "ed" or "ing") yield return stem + "e";
            if (stem.Length >= 3 && stem[^1] == stem[^2]) yield return stem[..^1];
            if (stem.EndsWith('i') && suffix is "ed" or "es") yield return stem[..^1] + "y";
        }
    }

    /// <summary>Patterns a noun lemma may trigger, in order.</summary>
    public ImmutableArray<EventPattern> ForNoun(string lemma) => _nouns.TryGetValue(lemma, out var p) ? p : [];

    private static FrozenDictionary<string, ImmutableArray<EventPattern>> Index(IEnumerable<EventPattern> patterns)
    {
        var map = new Dictionary<string, List<EventPattern>>(StringComparer.Ordinal);
        foreach (var p in patterns)
            foreach (var t in p.Triggers)
                (map.TryGetValue(t, out var list) ? list : map[t] = []).Add(p);
        // The more a pattern asks of the sentence, the earlier it is tried: "received a mission of observers
        // from the OSCE" is the pattern that names observers (086) before the bare "receive" (043). Ties keep
        // dictionary order.
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(Specificity).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>How many conditions a pattern sets on the sentence besides its trigger.</summary>
    private static int Specificity(EventPattern p) =>
        (p.Objects.IsEmpty ? 0 : 1) + (p.Preps.IsEmpty ? 0 : 1) + (p.Cues.IsEmpty ? 0 : 1) + (p.Comps.IsEmpty ? 0 : 1) + (p.Auxes.IsEmpty ? 0 : 1)
        + (p.SourceAgents.IsEmpty ? 0 : 1) + (p.SourceWords.IsEmpty ? 0 : 1);

    /// <summary>Loads the compiled pattern file shipped in the assembly.</summary>
    private static PatternSet LoadDefault()
    {
        var patterns = new List<EventPattern>();
        var speech = new List<string>();
        var cues = new List<string>();
        foreach (var (_, line) in EmbeddedData.ReadLines("patterns.tsv", "dyad-patterns", 2))
        {
            var f = line.Split('\t');
            switch (f[0])
            {
                case "speech": speech.Add(f[1]); break;
                case "judgement": cues.Add(f[1]); break;
                case "pattern":
                    static ImmutableArray<string> L(string s) => s.Length == 0 ? [] : s.Split('|').ToImmutableArray();
                    patterns.Add(new EventPattern(f[1], Enum.Parse<TriggerKind>(f[2]), L(f[3]), L(f[4]), L(f[5]), L(f[6]), L(f[7]),
                        double.Parse(f[8], System.Globalization.CultureInfo.InvariantCulture), f[9]) { Comps = L(f[10]), Auxes = L(f[11]), Unless = f.Length > 12 ? L(f[12]) : [], SourceAgents = f.Length > 13 ? L(f[13]) : [], SourceWords = f.Length > 14 ? L(f[14]) : [], HostIsSource = f.Length > 15 && f[15] == "host" });
                    break;
                default: throw new InvalidDataException($"patterns.tsv: unknown record '{f[0]}'");
            }
        }
        return new PatternSet(patterns, speech, cues);
    }
}
