using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace Dyad.Actors.Petrarch;

/// <summary>
/// Reads PETRARCH/TABARI actor dictionaries (<c>Phoenix.Countries.actors.txt</c>, <c>PETR.Validate.actors.txt</c> …).
/// </summary>
/// <remarks>
/// A primary phrase starts an entry, optionally with its code (<c>IRAN [IRN]</c>); <c>+PHRASE</c> lines add
/// synonyms; indented <c>[CODE …]</c> lines add codes, with date restrictions <c>&lt;DATE</c> (before the
/// date), <c>&gt;DATE</c> (from the date on) or <c>DATE-DATE</c> (both inclusive); several bracketed codes
/// may stand on one line. As in PETRARCH, consecutive primary phrases with no code of their own share the
/// codes that follow them. <c>#</c> starts a comment; <c>&lt;!-- … --&gt;</c> blocks and <c>---STOP---</c> are
/// honoured. Lines that cannot be read are reported as <see cref="PetrarchIssue"/>s, never thrown.
/// </remarks>
public static partial class PetrarchActorReader
{
    [GeneratedRegex(@"\[([^\]]*)\]")]
    private static partial Regex Bracket();

    /// <summary>Reads a file; the issues name it by its file name.</summary>
    public static PetrarchActorFile ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    /// <summary>Reads a dictionary from text.</summary>
    public static PetrarchActorFile Read(TextReader reader, string fileName)
    {
        var entries = ImmutableArray.CreateBuilder<PetrarchActorEntry>();
        var issues = ImmutableArray.CreateBuilder<PetrarchIssue>();
        var group = new List<(string Phrase, List<string> Synonyms, int Line)>();
        var codes = new List<PetrarchCode>();

        void Flush()
        {
            if (group.Count == 0) return;
            if (codes.Count == 0)
            {
                // Entries with no code yet stay pending: PETRARCH gives them the next code block.
                return;
            }
            foreach (var (phrase, synonyms, line) in group)
                entries.Add(new PetrarchActorEntry(phrase, [.. synonyms], [.. codes], line));
            group.Clear();
            codes.Clear();
        }

        foreach (var (number, raw) in PetrarchText.Lines(reader))
        {
            var text = raw.Trim();
            if (raw.Length > 0 && char.IsWhiteSpace(raw[0]) || text.StartsWith('['))
            {
                if (group.Count == 0) { issues.Add(new(fileName, number, "code line with no entry before it")); continue; }
                ReadCodes(text, number, fileName, codes, issues);
                continue;
            }
            if (text.StartsWith('+'))
            {
                if (group.Count == 0) { issues.Add(new(fileName, number, "synonym '+' with no entry before it")); continue; }
                var synonym = PetrarchText.Phrase(text[1..].Split(';')[0].Split('[')[0]);
                if (synonym.Length > 0) group[^1].Synonyms.Add(synonym);
                ReadCodes(text, number, fileName, codes, issues);
                continue;
            }
            // A new primary phrase: the previous group is complete once it has codes.
            if (codes.Count > 0) Flush();
            int bracket = text.IndexOf('[');
            var phrase = PetrarchText.Phrase(bracket >= 0 ? text[..bracket] : text);
            if (phrase.Length == 0) { issues.Add(new(fileName, number, "entry has no phrase")); continue; }
            group.Add((phrase, [], number));
            if (bracket >= 0) ReadCodes(text[bracket..], number, fileName, codes, issues);
        }
        Flush();
        foreach (var (phrase, _, line) in group)
            issues.Add(new(fileName, line, $"entry '{phrase}' has no code"));
        return new PetrarchActorFile(fileName, entries.ToImmutable(), issues.ToImmutable());
    }

    private static void ReadCodes(string text, int number, string fileName, List<PetrarchCode> codes, ImmutableArray<PetrarchIssue>.Builder issues)
    {
        var matches = Bracket().Matches(text);
        if (matches.Count == 0 && text.Contains('[')) issues.Add(new(fileName, number, "unclosed '[' in code"));
        foreach (Match m in matches)
        {
            if (TryParseCode(m.Groups[1].Value, number, out var code, out var error)) codes.Add(code);
            else issues.Add(new(fileName, number, error));
        }
    }

    /// <summary>Parses the inside of a code block: <c>CODE</c>, <c>CODE &lt;DATE</c>, <c>CODE &gt;DATE</c> or <c>CODE DATE-DATE</c>.</summary>
    public static bool TryParseCode(string block, int line, out PetrarchCode code, out string error)
    {
        code = null!;
        error = "";
        var parts = block.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) { error = "empty code block '[]'"; return false; }
        var value = parts[0].ToUpperInvariant();
        if (value.Length % 3 != 0 || !value.All(char.IsAsciiLetterUpper))
        {
            error = $"'{parts[0]}' is not an actor code";
            return false;
        }
        if (parts.Length == 1) { code = new PetrarchCode(value, null, null, line); return true; }

        var rest = parts[1].Replace(" ", "");
        DateOnly d1, d2;
        if (rest.StartsWith('<') && PetrarchDate.TryParse(rest[1..], out d1))
            code = new PetrarchCode(value, null, d1.AddDays(-1), line);
        else if (rest.StartsWith('>') && PetrarchDate.TryParse(rest[1..], out d1))
            code = new PetrarchCode(value, d1, null, line);
        else if (rest.Split('-') is [var a, var b] && PetrarchDate.TryParse(a, out d1) && PetrarchDate.TryParse(b, out d2))
        {
            if (d2 < d1) { error = $"date range '{parts[1]}' ends before it starts"; return false; }
            code = new PetrarchCode(value, d1, d2, line);
        }
        else
        {
            error = $"date restriction '{parts[1]}' could not be read (use <YYMMDD, >YYMMDD or YYMMDD-YYMMDD)";
            return false;
        }
        return true;
    }
}
