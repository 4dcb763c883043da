using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Dyad.Reading.Pages;

/// <summary>
/// Turns HTML (a page, an extracted article, or a feed's description) into the plain text a reader
/// sees: entities decoded, scripts, styles, captions and forms dropped, one blank line between
/// blocks (paragraphs, headings, list items), white space inside a block collapsed. Text that is
/// not HTML comes back with its entities decoded and its white space tidied.
/// </summary>
public static class HtmlText
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "form", "button", "select",
        "figcaption", "nav", "aside", "footer", "object", "embed", "video", "audio", "picture", "img",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "dl", "dt", "dd", "figure", "hr", "address", "details", "summary",
    };

    /// <summary>Plain text of an HTML fragment or document.</summary>
    public static string FromHtml(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = parser.ParseFragment(html, document.Body!);
        var text = new Builder();
        foreach (var node in nodes) text.Walk(node);
        return text.ToString();
    }

    /// <summary>Plain text of one element of a parsed page.</summary>
    public static string FromElement(IElement element)
    {
        var text = new Builder();
        text.Walk(element);
        return text.ToString();
    }

    /// <summary>Collects paragraphs; white space is collapsed as a browser would.</summary>
    private sealed class Builder
    {
        private readonly StringBuilder _all = new();
        private readonly StringBuilder _block = new();

        public void Walk(INode node)
        {
            switch (node)
            {
                case IText t:
                    _block.Append(t.Data);
                    return;
                case IElement e when Skipped.Contains(e.LocalName) || e.HasAttribute("hidden")
                                     || string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase):
                    return;
                case IElement e when e.LocalName == "br":
                    _block.Append('\n');
                    return;
                case IElement e when Blocks.Contains(e.LocalName):
                    EndBlock();
                    foreach (var child in e.ChildNodes) Walk(child);
                    EndBlock();
                    return;
                default:
                    foreach (var child in node.ChildNodes) Walk(child);
                    return;
            }
        }

        private void EndBlock()
        {
            foreach (var line in _block.ToString().Split('\n'))
            {
                var tidy = Tidy(line);
                if (tidy.Length == 0) continue;
                if (_all.Length > 0) _all.Append("\n\n");
                _all.Append(tidy);
            }
            _block.Clear();
        }

        public override string ToString()
        {
            EndBlock();
            return _all.ToString();
        }
    }

    /// <summary>Collapses runs of white space (including no-break spaces) to one space and trims.</summary>
    public static string Tidy(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00a0' || c == '\u200b')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }
}
