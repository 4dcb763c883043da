using System.Collections.Frozen;
using System.Text;
using Dyad.Analysis.Learning;
using Dyad.Analysis.Conllu;

namespace Dyad.Analysis.Tagging;

/// <summary>
/// Lemma from (form, UPOS, XPOS), in order: a lexicon learned from the training treebank (exact
/// form, then lower-cased form, with the XPOS), English irregular inflections, then the most
/// frequent suffix rewrite learned per XPOS and word ending (up to five letters) for unknown words.
/// Capitalisation of unknown words follows what the treebank does for that XPOS (proper nouns
/// and capitalised adjectives keep case, common nouns and verbs are lower-cased).
/// Immutable and thread-safe.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>Version of the file format; a model of another version is refused.</summary>
    public const int FormatVersion = 1;

    /// <summary>Manifest resource name of the bundled tables.</summary>
    public const string DefaultResourceName = "Dyad.Data.models.lemmatizer.bin";

    internal const int MaxSuffix = 5;
    private const uint Magic = 0x4D4C5944; // "DYLM"
    private static readonly Lazy<Lemmatizer> s_default = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, string> _lexicon;     // form \t xpos -> lemma
    private readonly FrozenDictionary<string, string> _lowerLexicon; // lower(form) \t xpos -> lower-case lemma
    private readonly FrozenDictionary<string, SuffixRule> _rules;   // xpos \t suffix -> rule
    private readonly FrozenSet<string> _keepCaseTags;
    private readonly FrozenSet<string> _knownLemmas;                // every lower-case lemma of the lexicon
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lexiconSpan;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lowerSpan;
    private readonly FrozenDictionary<string, SuffixRule>.AlternateLookup<ReadOnlySpan<char>> _rulesSpan;

    internal readonly record struct SuffixRule(int Strip, string Append);

    internal Lemmatizer(IDictionary<string, string> lexicon, IDictionary<string, string> lowerLexicon, IDictionary<string, SuffixRule> rules, IEnumerable<string> keepCaseTags)
    {
        _lexicon = lexicon.ToFrozenDictionary(StringComparer.Ordinal);
        _lowerLexicon = lowerLexicon.ToFrozenDictionary(StringComparer.Ordinal);
        _rules = rules.ToFrozenDictionary(StringComparer.Ordinal);
        _keepCaseTags = keepCaseTags.ToFrozenSet(StringComparer.Ordinal);
        _knownLemmas = _lowerLexicon.Values.ToFrozenSet(StringComparer.Ordinal);
        _lexiconSpan = _lexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _lowerSpan = _lowerLexicon.GetAlternateLookup<ReadOnlySpan<char>>();
        _rulesSpan = _rules.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The bundled tables, loaded once on first use.</summary>
    public static Lemmatizer LoadDefault() => s_default.Value;

    /// <summary>Number of lexicon entries (exact and lower-cased).</summary>
    public int LexiconSize => _lexicon.Count + _lowerLexicon.Count;

    /// <summary>Whether the treebank saw <paramref name="form"/> (lower case) as a bare or present-tense verb ("release", "reject").</summary>
    public bool KnownBareVerb(string form)
    {
        var lower = form.ToLowerInvariant();
        return _lowerLexicon.ContainsKey(lower + "\tVBP") || _lowerLexicon.ContainsKey(lower + "\tVB");
    }

    /// <summary>Whether the lexicon holds <paramref name="lemma"/> (lower case) as the lemma of some word ("campaign", not "beij").</summary>
    public bool KnownLemma(string lemma) => _knownLemmas.Contains(lemma.ToLowerInvariant());

    /// <summary>Returns the lemma of <paramref name="form"/> tagged <paramref name="upos"/>/<paramref name="xpos"/>.</summary>
    public string Lemmatize(string form, string upos, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        if (form.Length == 0 || form.Length > 80) return form;
        Span<char> key = stackalloc char[form.Length + 1 + Math.Min(xpos.Length, 16)];
        form.AsSpan().CopyTo(key);
        key[form.Length] = '\t';
        xpos.AsSpan(0, Math.Min(xpos.Length, 16)).CopyTo(key[(form.Length + 1)..]);
        if (_lexiconSpan.TryGetValue(key, out var lemma)) return lemma;

        var lowerKey = key;
        bool hasUpper = false;
        for (int i = 0; i < form.Length; i++)
        {
            if (char.IsUpper(form[i])) { hasUpper = true; lowerKey[i] = char.ToLowerInvariant(form[i]); }
        }
        bool keepCase = hasUpper && (_keepCaseTags.Contains(xpos) || IsAllUpper(form));
        if (hasUpper && _lowerSpan.TryGetValue(lowerKey, out lemma))
        {
            return keepCase ? RestoreCase(form, lemma) : lemma;
        }
        var lower = lowerKey[..form.Length];
        if (EnglishIrregulars.TryGet(lower.ToString(), xpos, out lemma)) return lemma;
        if (!char.IsLetter(form[^1])) return keepCase || !hasUpper ? form : lower.ToString();

        var rule = FindRule(lower, xpos);
        var baseForm = keepCase ? form.AsSpan() : lower;
        if (rule.Strip >= baseForm.Length) return keepCase ? form : lower.ToString();
        var guess = string.Concat(baseForm[..^rule.Strip], rule.Append);
        if (keepCase || _knownLemmas.Contains(guess)) return guess;
        // The suffix rule made a word never seen as a lemma ("blamed" → "blam"): prefer a regular
        // inflection whose stem is a known lemma ("blame").
        foreach (var candidate in RegularStems(lower, xpos))
            if (_knownLemmas.Contains(candidate)) return candidate;
        return SyllabicL(guess, xpos);
    }

    /// <summary>
    /// "embezzling" → "embezzl", "toppled" → "toppl": no English verb ends in a consonant and "l" (but "r", "l" or "w":
    /// "curl", "kill", "howl"); the suffix rule stripped the silent "e" of a syllabic "-le" verb, which is given back.
    /// </summary>
    private static string SyllabicL(string guess, string xpos) =>
        xpos is "VBG" or "VBD" or "VBN" && guess.Length > 2 && guess[^1] == 'l' && "bcdfgkpstvz".Contains(guess[^2]) ? guess + "e" : guess;

    private static IEnumerable<string> RegularStems(ReadOnlySpan<char> lower, string xpos)
    {
        var w = lower.ToString();
        var list = new List<string>(4);
        if (xpos is "VBD" or "VBN" && w.EndsWith("ed", StringComparison.Ordinal))
        {
            list.Add(w[..^1]);                                    // blamed → blame
            list.Add(w[..^2]);                                    // talked → talk
            if (w.Length > 4 && w[^3] == w[^4]) list.Add(w[..^3]); // planned → plan
            if (w.EndsWith("ied", StringComparison.Ordinal)) list.Add(w[..^3] + "y");
        }
        else if (xpos == "VBG" && w.EndsWith("ing", StringComparison.Ordinal))
        {
            list.Add(w[..^3] + "e");
            list.Add(w[..^3]);
            if (w.Length > 5 && w[^4] == w[^5]) list.Add(w[..^4]);
        }
        else if (xpos is "VBZ" or "NNS" && w.EndsWith('s'))
        {
            list.Add(w[..^1]);
            if (w.EndsWith("es", StringComparison.Ordinal)) list.Add(w[..^2]);
            if (w.EndsWith("ies", StringComparison.Ordinal)) list.Add(w[..^3] + "y");
        }
        return list;
    }

    private SuffixRule FindRule(ReadOnlySpan<char> lower, string xpos)
    {
        Span<char> key = stackalloc char[Math.Min(xpos.Length, 16) + 1 + MaxSuffix];
        int head = Math.Min(xpos.Length, 16);
        xpos.AsSpan(0, head).CopyTo(key);
        key[head] = '\t';
        for (int k = Math.Min(MaxSuffix, lower.Length - 1); k >= 0; k--)
        {
            lower[^k..].CopyTo(key[(head + 1)..]);
            if (_rulesSpan.TryGetValue(key[..(head + 1 + k)], out var rule)) return rule;
        }
        return new SuffixRule(0, "");
    }

    private static bool IsAllUpper(string s)
    {
        bool letter = false;
        foreach (var c in s)
        {
            if (char.IsLower(c)) return false;
            letter |= char.IsLetter(c);
        }
        return letter;
    }

    private static string RestoreCase(string form, string lowerLemma)
    {
        // Keep the form's casing on the shared prefix ("Palestinians" -> "Palestinian").
        int p = 0;
        while (p < form.Length && p < lowerLemma.Length && char.ToLowerInvariant(form[p]) == lowerLemma[p]) p++;
        return string.Concat(form.AsSpan(0, p), lowerLemma.AsSpan(p));
    }

    /// <summary>Learns the tables from gold (form, XPOS, lemma) triples of a treebank.</summary>
    public static Lemmatizer Train(IEnumerable<ConlluSentence> sentences)
    {
        var exact = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var lowered = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var caseVotes = new Dictionary<string, (int Keep, int Lower)>(StringComparer.Ordinal);
        var types = new HashSet<(string, string, string)>();
        foreach (var w in sentences.SelectMany(s => s.Words))
        {
            if (w.Lemma == "_") continue;
            Count(exact, w.Form + "\t" + w.Xpos, w.Lemma);
            var lowerForm = w.Form.ToLowerInvariant();
            Count(lowered, lowerForm + "\t" + w.Xpos, w.Lemma.ToLowerInvariant());
            if (w.Form.Length > 0 && char.IsUpper(w.Form[0]) && w.Lemma.Length > 0)
            {
                var v = caseVotes.GetValueOrDefault(w.Xpos);
                caseVotes[w.Xpos] = char.IsUpper(w.Lemma[0]) ? (v.Keep + 1, v.Lower) : (v.Keep, v.Lower + 1);
            }
            types.Add((lowerForm, w.Xpos, w.Lemma.ToLowerInvariant()));
        }

        // Suffix rules count word types, not tokens: unknown words look like rare types.
        var ruleCounts = new Dictionary<string, Dictionary<SuffixRule, int>>(StringComparer.Ordinal);
        foreach (var (form, xpos, lemma) in types)
        {
            if (form.Length == 0 || !char.IsLetter(form[^1])) continue;
            int p = 0;
            while (p < form.Length && p < lemma.Length && form[p] == lemma[p]) p++;
            var rule = new SuffixRule(form.Length - p, lemma[p..]);
            for (int k = 0; k <= Math.Min(MaxSuffix, form.Length - 1); k++)
            {
                var key = xpos + "\t" + form[^k..];
                if (!ruleCounts.TryGetValue(key, out var byRule)) ruleCounts[key] = byRule = new Dictionary<SuffixRule, int>();
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }
        var rules = new Dictionary<string, SuffixRule>(StringComparer.Ordinal);
        foreach (var (key, byRule) in ruleCounts)
        {
            var best = byRule.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Strip).ThenBy(kv => kv.Key.Append, StringComparer.Ordinal).First();
            bool isTagDefault = key.EndsWith('\t');
            if (isTagDefault || best.Value >= 2) rules[key] = best.Key;
        }
        // Drop rules that say the same as their shorter-suffix parent: the lookup falls back to it.
        foreach (var key in rules.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (key.EndsWith('\t')) continue;
            var parent = key[..^1];
            while (!rules.ContainsKey(parent)) parent = parent[..^1];
            if (rules[parent] == rules[key]) rules.Remove(key);
        }

        var lex = exact.ToDictionary(kv => kv.Key, kv => Top(kv.Value), StringComparer.Ordinal);
        var lowerLex = lowered.ToDictionary(kv => kv.Key, kv => Top(kv.Value), StringComparer.Ordinal);
        var keep = caseVotes.Where(kv => kv.Value.Keep > kv.Value.Lower).Select(kv => kv.Key);
        return new Lemmatizer(lex, lowerLex, rules, keep);
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> d, string key, string value)
    {
        if (!d.TryGetValue(key, out var byValue)) d[key] = byValue = new Dictionary<string, int>(StringComparer.Ordinal);
        byValue[value] = byValue.GetValueOrDefault(value) + 1;
    }

    private static string Top(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    /// <summary>Writes the tables, sorted, so the same tables always give the same bytes.</summary>
    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        WriteMap(w, _lexicon);
        WriteMap(w, _lowerLexicon);
        var rules = _rules.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        w.Write(rules.Length);
        foreach (var (key, rule) in rules)
        {
            w.Write(key);
            w.Write7BitEncodedInt(rule.Strip);
            w.Write(rule.Append);
        }
        var keep = _keepCaseTags.Order(StringComparer.Ordinal).ToArray();
        w.Write(keep.Length);
        foreach (var t in keep) w.Write(t);
    }

    /// <summary>Reads tables written by <see cref="Save"/>; refuses other formats or versions.</summary>
    public static Lemmatizer Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (r.ReadUInt32() != Magic) throw new InvalidDataException("Not a Dyad lemmatizer model (bad magic).");
        int version = r.ReadInt32();
        if (version != FormatVersion) throw new InvalidDataException($"Lemmatizer format {version} is not supported (expected {FormatVersion}).");
        var lex = ReadMap(r);
        var lower = ReadMap(r);
        int nr = r.ReadInt32();
        var rules = new Dictionary<string, SuffixRule>(nr, StringComparer.Ordinal);
        for (int i = 0; i < nr; i++)
        {
            var key = r.ReadString();
            int strip = r.Read7BitEncodedInt();
            rules[key] = new SuffixRule(strip, r.ReadString());
        }
        var keep = new string[r.ReadInt32()];
        for (int i = 0; i < keep.Length; i++) keep[i] = r.ReadString();
        return new Lemmatizer(lex, lower, rules, keep);
    }

    private static void WriteMap(BinaryWriter w, IReadOnlyDictionary<string, string> map)
    {
        var entries = map.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToArray();
        w.Write(entries.Length);
        foreach (var (k, v) in entries)
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static Dictionary<string, string> ReadMap(BinaryReader r)
    {
        int n = r.ReadInt32();
        var d = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            var k = r.ReadString();
            d[k] = r.ReadString();
        }
        return d;
    }

    private static Lemmatizer LoadEmbedded()
    {
        using var s = ModelResources.Open(DefaultResourceName);
        return Load(s);
    }
}
