namespace Dyad.Build.Actors;

/// <summary>A problem in a source file, with its place: <c>people.txt:12: DYA-B006 …</c>.</summary>
public sealed record SourceError(string File, int Line, string Code, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Code} {Message}";
}

/// <summary>One meaningful line of a source file: comment removed, trimmed, with its place.</summary>
public sealed record SourceLine(string File, int Number, string Text, bool Indented)
{
    public string Id => $"{File}:{Number}";

    /// <summary>The line's fields split on <c>|</c> and trimmed.</summary>
    public string[] Fields() => Text.Split('|').Select(f => f.Trim()).ToArray();

    /// <summary>Reads a file's lines; <c>#</c> at the start or after white space starts a comment.</summary>
    public static IEnumerable<SourceLine> Read(string path, string displayName)
    {
        int number = 0;
        foreach (var raw in System.IO.File.ReadLines(path))
        {
            number++;
            var text = StripComment(raw);
            if (text.Trim().Length == 0) continue;
            yield return new SourceLine(displayName, number, text.Trim(), char.IsWhiteSpace(text[0]));
        }
    }

    private static string StripComment(string line)
    {
        for (int i = 0; i < line.Length; i++)
            if (line[i] == '#' && (i == 0 || char.IsWhiteSpace(line[i - 1]))) return line[..i];
        return line;
    }

    /// <summary>Splits a <c>;</c>-separated list, dropping empty items.</summary>
    public static string[] List(string field) =>
        field.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Error codes of the source compiler, in one place.</summary>
public static class SourceErrors
{
    public const string Malformed = "DYA-B001";
    public const string UnknownCountry = "DYA-B002";
    public const string UnknownIgo = "DYA-B003";
    public const string UnknownAgent = "DYA-B004";
    public const string BadDate = "DYA-B005";
    public const string Overlap = "DYA-B006";
    public const string AliasConflict = "DYA-B007";
    public const string Duplicate = "DYA-B008";
    public const string BadCode = "DYA-B009";
    public const string Orphan = "DYA-B010";
    public const string MissingFile = "DYA-B011";
}
