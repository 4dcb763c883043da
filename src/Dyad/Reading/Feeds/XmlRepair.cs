using System.Net;
using System.Text.RegularExpressions;

namespace Dyad.Reading.Feeds;

/// <summary>
/// Repairs the two faults that make real feeds ill-formed XML: HTML named entities that XML does not
/// define (<c>&amp;nbsp;</c>, <c>&amp;rsquo;</c>) become numeric references, and an ampersand that
/// starts no reference (<c>AT&amp;T</c>) becomes <c>&amp;amp;</c>. Text inside CDATA is left alone.
/// </summary>
public static partial class XmlRepair
{
    [GeneratedRegex(@"<!\[CDATA\[.*?\]\]>|&(?<ref>#[0-9]+;|#x[0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]{1,31};)?", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Ampersand();

    /// <summary>The repaired document.</summary>
    public static string Repair(string xml) => Ampersand().Replace(xml, m =>
    {
        if (m.Value.StartsWith("<!", StringComparison.Ordinal)) return m.Value;
        var reference = m.Groups["ref"];
        if (!reference.Success) return "&amp;";
        var r = reference.Value;
        if (r[0] == '#' || r is "amp;" or "lt;" or "gt;" or "quot;" or "apos;") return m.Value;
        var decoded = WebUtility.HtmlDecode(m.Value);
        if (decoded == m.Value) return "&amp;" + r;   // not an HTML entity either: keep the text as written
        return string.Concat(decoded.EnumerateRunes().Select(rune => $"&#{rune.Value};"));
    });
}
