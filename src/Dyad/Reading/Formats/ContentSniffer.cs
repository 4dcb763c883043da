using System.Text;

namespace Dyad.Reading.Formats;

/// <summary>The kinds of input file Dyad reads.</summary>
public enum InputFormat
{
    /// <summary>One story as plain text (with an optional <c>date</c> line).</summary>
    Text,
    /// <summary>One JSON story a line.</summary>
    Jsonl,
    /// <summary>An RSS or Atom feed: a story per item.</summary>
    Feed,
    /// <summary>An HTML page: its article, or each of its articles.</summary>
    Html,
}

/// <summary>
/// Tells a file's format from its first bytes, not its name: a feed saved as <c>.txt</c> or a page
/// saved without extension is still read as what it is. XML whose root is <c>rss</c>,
/// <c>rdf:RDF</c> or <c>feed</c> is a feed; markup with an HTML doctype or an
/// <c>html</c>/<c>head</c>/<c>body</c> element is a page; a first line that is a JSON object
/// makes JSONL; anything else is text. The <c>.jsonl</c>/<c>.ndjson</c> extension still means
/// JSONL, so a JSONL file whose first line is broken keeps its per-line rejects.
/// </summary>
public static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> wants to see.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The format of a file named <paramref name="name"/> (without <c>.gz</c>) that begins with <paramref name="head"/>.</summary>
    public static InputFormat Sniff(ReadOnlySpan<byte> head, string name)
    {
        if (name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
            return InputFormat.Jsonl;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head).TrimStart();
        if (text.StartsWith('{')) return LooksLikeJsonObjectLine(text) ? InputFormat.Jsonl : InputFormat.Text;
        if (!text.StartsWith('<')) return InputFormat.Text;
        var root = FirstElementName(text);
        if (root is "rss" or "rdf:rdf" or "feed") return InputFormat.Feed;
        if (root is "html" or "head" or "body" || text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)) return InputFormat.Html;
        // A fragment of markup (a saved article body): a page if it has block elements a browser would show.
        return text.Contains("<p", StringComparison.OrdinalIgnoreCase) || text.Contains("<article", StringComparison.OrdinalIgnoreCase)
            ? InputFormat.Html : InputFormat.Text;
    }

    /// <summary>The lower-cased name of the first element, skipping the XML declaration, comments, doctype and processing instructions.</summary>
    private static string? FirstElementName(string text)
    {
        int i = 0;
        while (i < text.Length)
        {
            int lt = text.IndexOf('<', i);
            if (lt < 0 || lt + 1 >= text.Length) return null;
            char next = text[lt + 1];
            if (next is '?' or '!')
            {
                int end = text.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? text.IndexOf("-->", lt, StringComparison.Ordinal) : text.IndexOf('>', lt);
                if (end < 0) return null;
                i = end + 1;
                continue;
            }
            int stop = lt + 1;
            while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] is not ('>' or '/')) stop++;
            return text[(lt + 1)..stop].ToLowerInvariant();
        }
        return null;
    }

    private static bool LooksLikeJsonObjectLine(string text)
    {
        int newline = text.IndexOf('\n');
        var line = newline < 0 ? text : text[..newline];
        if (newline < 0 && text.Length >= HeadBytes - 8) return true;   // a long first line, cut by the head: trust the brace
        try
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            return doc.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
