using System.Text;
using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>Precision, recall and F1 (lenient and strict) with the missed and spurious events.</summary>
public sealed record ScoreResult(
    int Stories, int SystemEvents, int GoldRequired, int Matched,
    double Precision, double Recall, double F1,
    double StrictPrecision, double StrictRecall, double StrictF1,
    IReadOnlyList<MissedGold> Missed, IReadOnlyList<SpuriousEvent> Spurious)
{
    /// <summary>The report exactly as <c>eval/score.py</c> prints it.</summary>
    public string ToText()
    {
        var sb = new StringBuilder();
        foreach (var m in Missed)
            sb.Append($"missed   {m.Story}: {string.Join('/', m.Source)}->{string.Join('/', m.Target)} {string.Join('/', m.Codes)}  [{m.Anchor}]\n");
        foreach (var s in Spurious)
            sb.Append($"spurious {s.Story}: {s.Source ?? "None"}->{s.Target ?? "None"} {s.Cameo ?? "None"}  [{s.Sentence}]\n");
        sb.Append($"stories {Stories}  events {SystemEvents}  gold {GoldRequired}  matched {Matched}\n");
        sb.Append(FormattableString.Invariant($"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  strict F1 {StrictF1:0.000}\n"));
        return sb.ToString();
    }
}

/// <summary>A required gold event that no system event matched.</summary>
public sealed record MissedGold(string Story, string Anchor, IReadOnlyList<string> Source, IReadOnlyList<string> Target, IReadOnlyList<string> Codes);

/// <summary>A system event that matched no gold event.</summary>
public sealed record SpuriousEvent(string? Story, string? Source, string? Target, string? Cameo, string Sentence);

/// <summary>
/// The reference scorer (<c>../shared/eval/score.py</c>) in C#: the same matching rules, the same
/// figures. A system event matches a gold event when both name the same story, the gold anchor
/// occurs in the event's sentence, the source and target countries are among the gold's, and the
/// CAMEO root is among the gold codes' roots; matching is one to one, strict first.
/// </summary>
public static class EventScorer
{
    /// <summary>Sentences longer than this (after normalisation) match nothing.</summary>
    public const int MaxSentence = 600;

    /// <summary>Scores gold rows against system events (both as parsed JSON objects).</summary>
    public static ScoreResult Score(IReadOnlyList<JsonElement> goldRows, IReadOnlyList<JsonElement> events)
    {
        var stories = new HashSet<string>(goldRows.Select(g => Str(g, "story") ?? ""), StringComparer.Ordinal);
        var gold = goldRows.Where(g => !Bool(g, "no_events")).Select(g => new Gold(g)).ToList();
        var system = events.Where(e => stories.Contains(StoryId(e))).ToList();

        var pairs = new List<(bool Optional, bool NotStrict, int I, int J, bool Strict)>();
        for (int i = 0; i < system.Count; i++)
        {
            var e = system[i];
            var sentence = Norm(Str(e, "sentence") ?? "");
            if (sentence.Length > MaxSentence) continue;
            var src = Field(e, "source", "country");
            var tgt = Field(e, "target", "country");
            var code = CodeString(e);
            for (int j = 0; j < gold.Count; j++)
            {
                var g = gold[j];
                if (g.Story != StoryId(e) || !sentence.Contains(g.Anchor, StringComparison.Ordinal)) continue;
                if (src is null || tgt is null || !g.Source.Contains(src) || !g.Target.Contains(tgt)) continue;
                if (code.Length < 2 ? !g.Roots.Contains(code) : !g.Roots.Contains(code[..2])) continue;
                bool domestic = g.Source.Distinct().Count() == 1 && g.Source.ToHashSet().SetEquals(g.Target);
                if (g.Symmetric && src == tgt && !domestic) continue;
                bool strict = g.Codes.Any(c => code == c || (c.Length == 2 && code.Length >= 2 && code[..2] == c));
                if (g.SourceActor is { } sa && !sa.Contains(Field(e, "source", "code") ?? "\0")) strict = false;
                if (g.TargetActor is { } ta && !ta.Contains(Field(e, "target", "code") ?? "\0")) strict = false;
                pairs.Add((g.Optional, !strict, i, j, strict));
            }
        }
        pairs.Sort();

        var usedS = new HashSet<int>();
        var taken = new Dictionary<int, List<(string?, string?)>>();
        var matched = new List<(int I, int J, bool Strict, bool Optional)>();
        foreach (var (optional, _, i, j, strict) in pairs)
        {
            var direction = (Field(system[i], "source", "country"), Field(system[i], "target", "country"));
            int room = gold[j].Symmetric ? 2 : 1;
            var seen = taken.TryGetValue(j, out var list) ? list : [];
            bool domestic = direction.Item1 == direction.Item2;
            if (usedS.Contains(i) || seen.Count >= room || (seen.Contains(direction) && !domestic)) continue;
            usedS.Add(i);
            if (!taken.ContainsKey(j)) taken[j] = seen;
            seen.Add(direction);
            matched.Add((i, j, strict, optional));
        }

        int required = gold.Count(g => !g.Optional);
        int tp = matched.Count;
        int tpReq = matched.Where(m => !m.Optional).Select(m => m.J).Distinct().Count();
        int tpStrict = matched.Count(m => m.Strict);
        int tpStrictReq = matched.Where(m => m.Strict && !m.Optional).Select(m => m.J).Distinct().Count();

        (double P, double R, double F) Prf(int all, int req)
        {
            double p = system.Count > 0 ? (double)all / system.Count : 0.0;
            double r = required > 0 ? (double)req / required : 0.0;
            double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
            return (Round3(p), Round3(r), Round3(f));
        }

        var (pp, rr, ff) = Prf(tp, tpReq);
        var (sp, sr, sf) = Prf(tpStrict, tpStrictReq);
        var missed = gold.Where((g, j) => !taken.ContainsKey(j) && !g.Optional)
            .Select(g => new MissedGold(g.Story, g.AnchorRaw, g.Source, g.Target, g.Codes)).ToList();
        var spurious = system.Where((e, i) => !usedS.Contains(i))
            .Select(e => new SpuriousEvent(StoryIdOrNull(e), Field(e, "source", "country"), Field(e, "target", "country"),
                CameoOrNull(e), Truncate(Str(e, "sentence") ?? "", 100))).ToList();
        return new ScoreResult(stories.Count, system.Count, required, tp, pp, rr, ff, sp, sr, sf, missed, spurious);
    }

    /// <summary>Reads a JSONL file; a line that is not JSON is an error naming file and line.</summary>
    public static List<JsonElement> LoadJsonl(string path)
    {
        var rows = new List<JsonElement>();
        int n = 0;
        foreach (var raw in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                rows.Add(doc.RootElement.Clone());
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{n}: not JSON: {e.Message}", e);
            }
        }
        return rows;
    }

    /// <summary>Text normalisation used for anchors and sentences: NFKC, straight quotes, folded space, case-folded.</summary>
    public static string Norm(string text)
    {
        var s = text.Normalize(NormalizationForm.FormKC)
            .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u00a0', ' ');
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant().Replace("ß", "ss");
    }

    // Python's round(x, 3) rounds the exact binary value half to even; decimal reproduces that for these ratios.
    private static double Round3(double x) => (double)Math.Round((decimal)x, 3, MidpointRounding.ToEven);

    private static string Truncate(string s, int n) => s.Length <= n ? s : s[..n];

    private sealed class Gold
    {
        public Gold(JsonElement g)
        {
            Story = Str(g, "story") ?? "";
            AnchorRaw = Str(g, "anchor") ?? "";
            Anchor = Norm(AnchorRaw);
            Source = Strings(g, "source");
            Target = Strings(g, "target");
            Codes = Strings(g, "codes");
            Roots = Codes.Select(c => c.Length >= 2 ? c[..2] : c).ToHashSet(StringComparer.Ordinal);
            Optional = Bool(g, "optional");
            Symmetric = Bool(g, "symmetric");
            SourceActor = g.TryGetProperty("source_actor", out _) ? Strings(g, "source_actor") : null;
            TargetActor = g.TryGetProperty("target_actor", out _) ? Strings(g, "target_actor") : null;
        }

        public string Story { get; }
        public string AnchorRaw { get; }
        public string Anchor { get; }
        public List<string> Source { get; }
        public List<string> Target { get; }
        public List<string> Codes { get; }
        public HashSet<string> Roots { get; }
        public bool Optional { get; }
        public bool Symmetric { get; }
        public List<string>? SourceActor { get; }
        public List<string>? TargetActor { get; }
    }

    private static string StoryId(JsonElement e) => StoryIdOrNull(e) ?? "None";

    private static string? StoryIdOrNull(JsonElement e) =>
        e.TryGetProperty("story_id", out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        } : null;

    private static string CodeString(JsonElement e) => CameoOrNull(e) ?? (e.TryGetProperty("cameo", out _) ? "None" : "");

    private static string? CameoOrNull(JsonElement e) =>
        e.TryGetProperty("cameo", out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null => null,
            _ => v.GetRawText(),
        } : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static bool Bool(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static List<string> Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!).ToList()
            : [];

    private static string? Field(JsonElement e, string a, string b) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(a, out var x) && x.ValueKind == JsonValueKind.Object
        && x.TryGetProperty(b, out var y) && y.ValueKind == JsonValueKind.String ? y.GetString() : null;
}
