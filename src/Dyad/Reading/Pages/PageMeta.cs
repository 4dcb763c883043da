using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Dyad.Reading.Dates;

namespace Dyad.Reading.Pages;

/// <summary>
/// What a page says about itself in its head: title, published date, outlet, canonical URL and
/// language, from Open Graph and article meta tags, Dublin Core, schema.org JSON-LD and
/// microdata, and <c>&lt;time&gt;</c> elements, in that order of trust.
/// </summary>
/// <param name="Title">Headline without the " | Outlet" suffix of <c>&lt;title&gt;</c>.</param>
/// <param name="Published">Publication day in UTC.</param>
/// <param name="Outlet">The site's name.</param>
/// <param name="Url">Canonical absolute URL.</param>
/// <param name="Language">ISO 639-1 code of <c>&lt;html lang&gt;</c> or the meta tags.</param>
public sealed record PageMeta(string? Title, DateOnly? Published, string? Outlet, string? Url, string? Language)
{
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:article:published_time", "published_time", "datePublished", "pubdate", "publishdate",
        "publish-date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date",
        "sailthru.date", "parsely-pub-date", "date", "article.published", "og:updated_time", "article:modified_time",
    ];

    /// <summary>Reads the meta data of a parsed page.</summary>
    public static PageMeta Of(IHtmlDocument document)
    {
        var metas = document.QuerySelectorAll("meta")
            .Select(m => (Key: (m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? "").Trim().ToLowerInvariant(),
                          Value: m.GetAttribute("content")?.Trim()))
            .Where(m => m.Key.Length > 0 && !string.IsNullOrEmpty(m.Value))
            .ToList();
        string? Meta(params string[] keys) =>
            keys.Select(k => metas.FirstOrDefault(m => m.Key == k.ToLowerInvariant()).Value).FirstOrDefault(v => v is not null);

        var jsonLd = JsonLd(document);
        var url = Absolute(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta("og:url"), null);
        var outlet = Meta("og:site_name", "application-name", "publisher", "dc.publisher") ?? jsonLd.Publisher;
        var title = Meta("og:title", "twitter:title", "dc.title") ?? jsonLd.Headline
                    ?? TitleWithoutOutlet(document.Title, outlet) ?? Blank(document.QuerySelector("h1")?.TextContent);

        DateOnly? published = null;
        foreach (var key in DateMetas)
            if (NewsDate.ParseDay(Meta(key)) is { } d) { published = d; break; }
        published ??= NewsDate.ParseDay(jsonLd.DatePublished) ?? ElementDate(document.DocumentElement);

        var lang = document.DocumentElement.GetAttribute("lang") ?? Meta("og:locale", "content-language", "dc.language", "language");
        return new PageMeta(Blank(title), published, Blank(outlet), url, Primary(lang));
    }

    /// <summary>The date of a <c>&lt;time pubdate&gt;</c>, <c>itemprop=datePublished</c>, or first <c>&lt;time datetime&gt;</c> inside <paramref name="scope"/>.</summary>
    public static DateOnly? ElementDate(IElement scope)
    {
        var candidates = scope.QuerySelectorAll("time[pubdate], [itemprop=datePublished], time[datetime]");
        foreach (var e in candidates)
        {
            var value = e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent;
            if (NewsDate.ParseDay(value) is { } d) return d;
        }
        return null;
    }

    /// <summary>A date printed in a byline or date line ("Published June 4, 2019 12:29 UTC+3") inside <paramref name="scope"/>.</summary>
    public static DateOnly? BylineDate(IElement scope)
    {
        foreach (var e in scope.QuerySelectorAll("[class*=date], [class*=time], [class*=byline], [class*=published], [class*=meta], [id*=date]"))
        {
            var text = HtmlText.Tidy(e.TextContent);
            if (text.Length is 0 or > 120) continue;
            if (NewsDate.ParseDay(text) is { } d) return d;
            foreach (var part in text.Split(['|', '·', '•', '—', '–'], StringSplitOptions.TrimEntries))
                if (NewsDate.ParseDay(part) is { } p) return p;
        }
        return null;
    }

    /// <summary><paramref name="href"/> made absolute against <paramref name="baseUrl"/>; null when that is impossible.</summary>
    public static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        return baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href.Trim(), out var r) ? r.ToString() : null;
    }

    private static (string? Headline, string? DatePublished, string? Publisher) JsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                foreach (var node in Nodes(json.RootElement))
                {
                    if (!node.TryGetProperty("datePublished", out var date) || date.ValueKind != JsonValueKind.String) continue;
                    string? headline = node.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                    string? publisher = node.TryGetProperty("publisher", out var p)
                        ? p.ValueKind == JsonValueKind.String ? p.GetString()
                        : p.ValueKind == JsonValueKind.Object && p.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null
                        : null;
                    return (headline, date.GetString(), publisher);
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other meta data still count.
            }
        }
        return (null, null, null);
    }

    private static IEnumerable<JsonElement> Nodes(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var e in root.EnumerateArray()) foreach (var n in Nodes(e)) yield return n;
        }
        else if (root.ValueKind == JsonValueKind.Object)
        {
            yield return root;
            if (root.TryGetProperty("@graph", out var graph)) foreach (var n in Nodes(graph)) yield return n;
        }
    }

    private static string? TitleWithoutOutlet(string? title, string? outlet)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var t = HtmlText.Tidy(title);
        foreach (var sep in (string[])[" | ", " - ", " – ", " — ", " :: "])
        {
            int i = t.LastIndexOf(sep, StringComparison.Ordinal);
            if (i > 0 && (outlet is null || t[(i + sep.Length)..].Contains(outlet, StringComparison.OrdinalIgnoreCase) || t.Length - i < 30))
                return t[..i];
        }
        return t;
    }

    private static string? Primary(string? lang)
    {
        if (string.IsNullOrWhiteSpace(lang)) return null;
        var p = lang.Trim().Split('-', '_')[0].ToLowerInvariant();
        return p.Length is 2 or 3 ? p : null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Tidy(s);
}
