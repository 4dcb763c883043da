using System.Collections.Immutable;
using System.Globalization;

namespace Dyad.Analysis.Conllu;

/// <summary>
/// Streams sentences from a CoNLL-U file (UTF-8). Malformed word lines raise
/// <see cref="FormatException"/> naming the file and line: the inputs are curated treebanks,
/// so a bad line is a data error, not an expected failure.
/// </summary>
public static class ConlluReader
{
    /// <summary>Reads all sentences of the file at <paramref name="path"/>, lazily.</summary>
    public static IEnumerable<ConlluSentence> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadLines(File.ReadLines(path), path);
    }

    /// <summary>Reads sentences from CoNLL-U text already in memory.</summary>
    public static IEnumerable<ConlluSentence> Parse(string text, string sourceName = "<text>")
    {
        ArgumentNullException.ThrowIfNull(text);
        return ReadLines(text.Split('\n'), sourceName);
    }

    private static IEnumerable<ConlluSentence> ReadLines(IEnumerable<string> lines, string sourceName)
    {
        string? text = null, id = null;
        var words = ImmutableArray.CreateBuilder<ConlluWord>();
        var mwts = ImmutableArray.CreateBuilder<ConlluMultiwordToken>();
        var comments = ImmutableArray.CreateBuilder<string>();
        int lineNo = 0;
        foreach (var raw in lines)
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (words.Count > 0 || text is not null || id is not null)
                {
                    yield return Build();
                }
                continue;
            }
            if (line[0] == '#')
            {
                var body = line.AsSpan(1).Trim();
                if (TryComment(body, "text", out var value)) text = value;
                else if (TryComment(body, "sent_id", out value)) id = value;
                else comments.Add(body.ToString());
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length != 10)
            {
                throw new FormatException($"{sourceName}:{lineNo}: expected 10 tab-separated columns, found {cols.Length}.");
            }
            var idCol = cols[0];
            if (idCol.Contains('.')) continue; // empty node of the enhanced graph
            int dash = idCol.IndexOf('-');
            if (dash > 0)
            {
                mwts.Add(new ConlluMultiwordToken(ParseInt(idCol[..dash], sourceName, lineNo), ParseInt(idCol[(dash + 1)..], sourceName, lineNo), cols[1], cols[9]));
                continue;
            }
            int head = cols[6] == "_" ? -1 : ParseInt(cols[6], sourceName, lineNo);
            words.Add(new ConlluWord(ParseInt(idCol, sourceName, lineNo), cols[1], cols[2], cols[3], cols[4], cols[5], head, cols[7], cols[8], cols[9]));
        }
        if (words.Count > 0 || text is not null || id is not null)
        {
            yield return Build();
        }

        ConlluSentence Build()
        {
            var s = new ConlluSentence
            {
                Text = text,
                Id = id,
                Words = words.DrainToImmutable(),
                MultiwordTokens = mwts.DrainToImmutable(),
                OtherComments = comments.DrainToImmutable(),
            };
            text = null;
            id = null;
            return s;
        }
    }

    private static bool TryComment(ReadOnlySpan<char> body, string key, out string? value)
    {
        value = null;
        if (!body.StartsWith(key, StringComparison.Ordinal)) return false;
        var rest = body[key.Length..].TrimStart();
        if (rest.Length == 0 || rest[0] != '=') return false;
        value = rest[1..].Trim().ToString();
        return true;
    }

    private static int ParseInt(string s, string sourceName, int lineNo) =>
        int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v)
            ? v
            : throw new FormatException($"{sourceName}:{lineNo}: '{s}' is not a word index.");
}
