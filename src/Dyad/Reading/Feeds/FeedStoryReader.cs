using System.IO.Hashing;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CodeHollow.FeedReader;
using CodeHollow.FeedReader.Parser;
using Dyad.Documents;
using Dyad.Reading.Dates;
using Dyad.Reading.Pages;

namespace Dyad.Reading.Feeds;

/// <summary>
/// Reads an RSS (0.9x, 1.0, 2.0) or Atom file into stories, one per item, with CodeHollow.FeedReader
/// (never its URL overloads: nothing is fetched). An item's text is its full content
/// (<c>content:encoded</c>, Atom <c>content</c>) or else its summary, HTML turned into plain text;
/// its title, its link made absolute against the feed's, its date from <c>pubDate</c>,
/// <c>published</c>, <c>dc:date</c> or <c>updated</c> in UTC, its outlet the feed's title and its
/// language the feed's. An item with no date takes a full date written in its dateline, else the
/// run's <c>--date</c>, else it is rejected. A feed that is not well-formed XML because it uses HTML
/// entities (<c>&amp;nbsp;</c>) or bare ampersands is repaired and read.
/// </summary>
public sealed partial class FeedStoryReader(ReaderOptions options)
{
    private static readonly string[] DateElements = ["pubDate", "published", "issued", "date", "created", "updated", "modified"];

    /// <summary>Stories of a feed file; <paramref name="stem"/> prefixes their ids, <paramref name="origin"/> is the file.</summary>
    public IEnumerable<ReadResult> Read(string xml, string stem, string origin)
    {
        var (feed, error) = Parse(xml);
        if (feed is null)
        {
            yield return ReadResult.Rejected(null, origin, DyadErrors.Format(DyadErrors.NotAFeed, error));
            yield break;
        }
        var outlet = Blank(HtmlText.Tidy(feed.Title ?? "")) ?? null;
        var language = Language(feed);
        Uri? baseUri = Uri.TryCreate(feed.Link, UriKind.Absolute, out var b) ? b : null;
        int n = 0;
        foreach (var item in feed.Items)
        {
            n++;
            yield return ReadItem(item, n, stem, $"{origin}#{n}", outlet, language, baseUri);
        }
    }

    private ReadResult ReadItem(FeedItem item, int n, string stem, string origin, string? outlet, string? language, Uri? baseUri)
    {
        var element = item.SpecificItem?.Element;
        var title = Blank(HtmlText.FromHtml(item.Title ?? ""));
        var link = AbsoluteLink(item.Link, element, baseUri);
        var content = Blank(HtmlText.FromHtml(item.Content ?? ""));
        var summary = Blank(HtmlText.FromHtml(item.Description ?? ""));
        var text = TrimBoilerplate(content is not null && content.Length >= (summary?.Length ?? 0) ? content : summary ?? title ?? "");
        var key = item.Id ?? link ?? $"{title}\u001f{n}";
        var id = $"{stem}-{Convert.ToHexStringLower(XxHash64.Hash(Encoding.UTF8.GetBytes(key)))[..12]}";

        var date = ItemDate(element, item) ?? Dateline.FullDate(text) ?? options.DefaultDate;
        if (date is not { } day) return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.NoPublicationDate, "item"));
        return ReadResult.Ok(new Story(id, day, text) { Title = title, Url = link, Source = outlet, Language = language, Origin = origin });
    }

    private static DateOnly? ItemDate(XElement? element, FeedItem item)
    {
        if (element is not null)
            foreach (var name in DateElements)
                foreach (var child in element.Elements())
                    if (child.Name.LocalName == name && NewsDate.ParseDay(child.Value) is { } day) return day;
        return NewsDate.ParseDay(item.PublishingDateString);
    }

    private static string? AbsoluteLink(string? link, XElement? element, Uri? feedBase)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https") return absolute.ToString();
        // xml:base on the item or an ancestor wins over the feed's own link.
        var xmlBase = element?.AncestorsAndSelf().Select(e => e.Attribute(XNamespace.Xml + "base")?.Value).FirstOrDefault(v => v is not null);
        var baseUri = xmlBase is not null && Uri.TryCreate(xmlBase, UriKind.Absolute, out var xb) ? xb : feedBase;
        return baseUri is not null && Uri.TryCreate(baseUri, link, out var resolved) ? resolved.ToString() : link;
    }

    private static string? Language(Feed feed)
    {
        var code = feed.Language ?? feed.SpecificFeed?.Element?.Attribute(XNamespace.Xml + "lang")?.Value;
        if (string.IsNullOrWhiteSpace(code)) return null;
        var primary = code.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 ? primary : null;
    }

    private static (Feed? Feed, string Error) Parse(string xml)
    {
        xml = xml.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        try
        {
            return (FeedReader.ReadFromString(xml), "");
        }
        catch (XmlException)
        {
            // Fall through: many real feeds use HTML entities or bare '&'.
        }
        catch (Exception e) when (e is FeedTypeNotSupportedException or InvalidOperationException or FormatException)
        {
            return (null, e.Message);
        }
        try
        {
            return (FeedReader.ReadFromString(XmlRepair.Repair(xml)), "");
        }
        catch (Exception e) when (e is XmlException or FeedTypeNotSupportedException or InvalidOperationException or FormatException)
        {
            return (null, e.Message);
        }
    }

    [GeneratedRegex(@"(?:\n\n|^)(?:continue reading|read more|read the full (?:story|article)|the post .{1,300} appeared first on .{1,200})[^\n]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TrailingBoilerplate();

    /// <summary>Drops "Continue reading…", "The post … appeared first on …" and a trailing "[…]" that feeds append.</summary>
    private static string TrimBoilerplate(string text)
    {
        var s = TrailingBoilerplate().Replace(text, "").TrimEnd();
        foreach (var tail in (string[])["[…]", "[...]", "(…)", "…"])
            if (s.EndsWith(tail, StringComparison.Ordinal)) { s = s[..^tail.Length].TrimEnd(); break; }
        return s;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
