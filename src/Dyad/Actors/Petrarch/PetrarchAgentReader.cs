using System.Collections.Immutable;

namespace Dyad.Actors.Petrarch;

/// <summary>
/// Reads PETRARCH agent dictionaries (<c>Phoenix.agents.txt</c>, <c>PETR.Validate.agents.txt</c>).
/// </summary>
/// <remarks>
/// Lines are <c>PHRASE {PLURAL} [~CODE]</c>. Without braces the plural is made as PETRARCH makes it
/// (…Y → …IES, …S → …SES, else …S); <c>{}</c> means no plural. <c>!NAME! = A, B, C</c> defines a
/// substitution set, and a phrase holding <c>!NAME!</c> stands for one phrase per member. A code
/// <c>[~GOV]</c> is appended to the actor's code, <c>[NGO~]</c> put before it.
/// </remarks>
public static class PetrarchAgentReader
{
    /// <summary>Reads a file; the issues name it by its file name.</summary>
    public static PetrarchAgentFile ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads an agent dictionary from text.</summary>
    public static PetrarchAgentFile Read(TextReader reader, string fileName)
    {
        var agents = ImmutableArray.CreateBuilder<PetrarchAgent>();
        var issues = ImmutableArray.CreateBuilder<PetrarchIssue>();
        var sets = new Dictionary<string, string[]>(StringComparer.Ordinal);

        foreach (var (number, raw) in PetrarchText.Lines(reader))
        {
            var text = raw.Trim();
            int bracket = text.IndexOf('[');
            if (bracket < 0 && text.StartsWith('!') && text.Contains('='))
            {
                int close = text.IndexOf('!', 1);
                int eq = text.IndexOf('=');
                if (close < 0 || close > eq) { issues.Add(new(fileName, number, "substitution set is not '!NAME! = A, B, C'")); continue; }
                sets[text[1..close]] = text[(eq + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                continue;
            }
            if (bracket < 0) { issues.Add(new(fileName, number, "agent has no code '[~CODE]'")); continue; }
            int end = text.IndexOf(']', bracket);
            if (end < 0) { issues.Add(new(fileName, number, "unclosed '[' in code")); continue; }
            var codeText = text[(bracket + 1)..end].Trim().Replace(" ", "");
            bool prefix = codeText.EndsWith('~');
            var code = codeText.Trim('~').ToUpperInvariant();
            if (!codeText.Contains('~') || code.Length == 0 || code.Length % 3 != 0 || !code.All(char.IsAsciiLetterUpper))
            {
                issues.Add(new(fileName, number, $"agent code '[{codeText}]' is not '~CODE' or 'CODE~'"));
                continue;
            }

            var phrasePart = text[..bracket];
            string? plural = null;
            int brace = phrasePart.IndexOf('{');
            if (brace >= 0)
            {
                int closeBrace = phrasePart.IndexOf('}', brace);
                if (closeBrace < 0) { issues.Add(new(fileName, number, "missing '}'")); continue; }
                plural = PetrarchText.Phrase(phrasePart[(brace + 1)..closeBrace]);
                phrasePart = phrasePart[..brace];
            }
            var phrase = PetrarchText.Phrase(phrasePart);
            if (phrase.Length == 0) { issues.Add(new(fileName, number, "agent has no phrase")); continue; }
            plural ??= Plural(phrase);

            foreach (var form in plural.Length > 0 ? new[] { phrase, plural } : [phrase])
            {
                if (!Expand(form, sets, out var expanded, out var error)) { issues.Add(new(fileName, number, error)); break; }
                foreach (var p in expanded) agents.Add(new PetrarchAgent(p, code, prefix, number));
            }
        }
        return new PetrarchAgentFile(fileName, agents.ToImmutable(), issues.ToImmutable());
    }

    /// <summary>PETRARCH's regular plural: …Y → …IES, …S → …SES, otherwise …S.</summary>
    public static string Plural(string phrase) =>
        phrase.EndsWith('Y') ? phrase[..^1] + "IES" : phrase.EndsWith('S') ? phrase + "ES" : phrase + "S";

    private static bool Expand(string phrase, Dictionary<string, string[]> sets, out List<string> result, out string error)
    {
        result = [phrase];
        error = "";
        int open = phrase.IndexOf('!');
        if (open < 0) return true;
        int close = phrase.IndexOf('!', open + 1);
        if (close < 0) { error = $"substitution marker in '{phrase}' is not closed"; return false; }
        var name = phrase[(open + 1)..close];
        if (!sets.TryGetValue(name, out var members)) { error = $"substitution set !{name}! is not defined"; return false; }
        result = [];
        foreach (var member in members)
        {
            if (!Expand(PetrarchText.Phrase(phrase[..open] + member.Replace('_', ' ') + phrase[(close + 1)..]), sets, out var more, out error)) return false;
            result.AddRange(more);
        }
        return true;
    }
}
