using Dyad.Actors.Dictionary;
using System.Collections.Immutable;
using System.Globalization;

namespace Dyad.Events.Patterns;

/// <summary>A problem in a pattern file, with its place.</summary>
public sealed record PatternError(string File, int Line, string Message)
{
    /// <inheritdoc/>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

/// <summary>
/// Reads Dyad's event-pattern format. One pattern a line:
/// <code>
/// CODE  TRIGGER[|TRIGGER…]  [key=value …]   # comment
/// 040   hold|have|conduct   obj=talk|consultation   target=with
/// 030   n:cooperation|tie   cue=strengthen|expand    target=with|between|pair
/// 112   blame|accuse        target=obj
/// 111   call                prep=for  target=for>against
/// </code>
/// A trigger prefixed <c>n:</c> is a noun. Keys: <c>obj</c>, <c>prep</c>, <c>cue</c>, <c>target</c>
/// (default <c>obj</c>), <c>comp</c> (<c>@subjects</c> in it: every word of <see cref="DemandSubject"/>'s table), <c>aux</c>,
/// <c>conf</c> (default 0.8). Lines starting <c>#</c> are comments. Errors
/// are returned with file and line; nothing throws on bad input.
/// </summary>
public static class PatternParser
{
    private static readonly ImmutableHashSet<string> SimpleSlots = ["obj", "iobj", "pair", "nsubj", "comp", "cobj", "each", "purpose"];

    private static readonly ImmutableHashSet<string> Prepositions =
    [
        "with", "against", "on", "to", "for", "at", "from", "into", "over", "between", "toward", "towards", "about",
        "of", "in", "near", "under", "upon", "onto", "among", "by", "across", "through", "off", "out", "up", "down", "back", "away", "around",
    ];

    /// <summary>Parses one file's text; <paramref name="isKnownCode"/> validates CAMEO codes.</summary>
    public static (List<EventPattern> Patterns, List<PatternError> Errors) Parse(string fileName, string text, Func<string, bool> isKnownCode)
    {
        var patterns = new List<EventPattern>();
        var errors = new List<PatternError>();
        var lines = text.Split('\n');
        for (int n = 0; n < lines.Length; n++)
        {
            var line = lines[n];
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var fields = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length == 0) continue;
            var pattern = ParseLine(fileName, n + 1, fields, isKnownCode, errors);
            if (pattern is not null) patterns.Add(pattern);
        }
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var p in patterns)
        {
            var key = string.Join(' ', p.Code, p.Kind, string.Join('|', p.Triggers), string.Join('|', p.Objects), string.Join('|', p.Preps), string.Join('|', p.Cues), string.Join('|', p.Comps), string.Join('|', p.Auxes));
            var line = int.Parse(p.Origin[(p.Origin.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);
            if (!seen.TryAdd(key, line)) errors.Add(new PatternError(fileName, line, $"duplicate of the pattern on line {seen[key]}"));
        }
        return (patterns, errors);
    }

    private static EventPattern? ParseLine(string file, int line, string[] fields, Func<string, bool> isKnownCode, List<PatternError> errors)
    {
        int before = errors.Count;
        void Error(string message) => errors.Add(new PatternError(file, line, message));
        var code = fields[0];
        if (!code.All(char.IsAsciiDigit) || code.Length is < 2 or > 4 || !isKnownCode(code)) Error($"unknown CAMEO code '{code}'");
        if (fields.Length < 2) { Error("no trigger"); return null; }
        var kind = fields[1].StartsWith("n:", StringComparison.Ordinal) ? TriggerKind.Noun : TriggerKind.Verb;
        var triggers = Words(kind == TriggerKind.Noun ? fields[1][2..] : fields[1]);
        if (triggers.IsEmpty || triggers.Any(t => !t.All(c => char.IsLetter(c) || c is '-' or '\''))) Error($"bad trigger '{fields[1]}'");
        ImmutableArray<string> objects = [], preps = [], cues = [], comps = [], auxes = [], unless = [], sourceAgents = [], sourceWords = [], targets = ["obj"];
        double confidence = 0.8;
        bool host = false;
        foreach (var field in fields.Skip(2))
        {
            int eq = field.IndexOf('=');
            if (eq <= 0) { Error($"expected key=value, got '{field}'"); continue; }
            var (key, value) = (field[..eq], field[(eq + 1)..]);
            switch (key)
            {
                case "obj": objects = Words(value); break;
                case "prep":
                    preps = Words(value);
                    foreach (var p in preps.Where(p => !Prepositions.Contains(p))) Error($"unknown preposition '{p}'");
                    break;
                case "cue": cues = Words(value); break;
                // "@subjects" stands for every word of the shared table of what demands and appeals are about.
                case "comp": comps = [.. Words(value).SelectMany(w => w == DemandSubject.AllWordsKey ? DemandSubject.AllWords : [w]).Distinct()]; break;
                case "aux": auxes = Words(value); break;
                case "not": unless = Words(value); break;
                case "src":
                    sourceAgents = [.. value.Split('|', StringSplitOptions.RemoveEmptyEntries)];
                    foreach (var a in sourceAgents.Where(a => !AgentCodes.IsValid(a))) Error($"unknown agent code '{a}'");
                    break;
                case "by": sourceWords = Words(value); break;
                case "target":
                    targets = Words(value);
                    foreach (var slot in targets.Where(s => !ValidSlot(s))) Error($"unknown target slot '{slot}'");
                    break;
                case "conf":
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out confidence) || confidence is <= 0 or > 1)
                        Error($"conf must be a number in (0, 1], got '{value}'");
                    break;
                case "dir":
                    if (value != "host") Error($"dir must be 'host', got '{value}'");
                    host = true;
                    break;
                default: Error($"unknown key '{key}'"); break;
            }
        }
        if (errors.Count > before) return null;
        return new EventPattern(code, kind, triggers, objects, preps, cues, targets, confidence, $"{file}:{line}") { Comps = comps, Auxes = auxes, Unless = unless, SourceAgents = sourceAgents, SourceWords = sourceWords, HostIsSource = host };
    }

    private static bool ValidSlot(string slot) =>
        SimpleSlots.Contains(slot) || slot.Split('>').All(Prepositions.Contains);

    private static ImmutableArray<string> Words(string value) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToImmutableArray();
}
