using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Dyad.Documents;
using Dyad.Reading.Dates;

namespace Dyad.Reading.Pages;

/// <summary>
/// Reads a saved HTML page into stories. Cookie and consent banners, navigation, sharing and
/// subscription boxes are removed first. A page that holds several articles (two or more
/// <c>&lt;article&gt;</c> elements with text of their own: a live blog, a news digest) gives one
/// story each, with its own heading and <c>&lt;time&gt;</c>; any other page gives one story whose
/// main text SmartReader (a port of Mozilla's Readability) extracts. The title, published date
/// (UTC) and outlet come from the page's meta tags (<see cref="PageMeta"/>); a page with no date
/// falls back to a date printed in its byline, then the run's <c>--date</c>, else it is rejected.
/// Nothing is fetched: SmartReader gets the page's text, never a URL to download.
/// </summary>
public sealed class PageStoryReader(ReaderOptions options)
{
    private const int MinArticleChars = 100;

    /// <summary>Stories of one page; <paramref name="stem"/> is its id (or id prefix), <paramref name="origin"/> the file.</summary>
    public IEnumerable<ReadResult> Read(string html, string stem, string origin)
    {
        var document = new HtmlParser().ParseDocument(html);
        var meta = PageMeta.Of(document);   // before cleaning: JSON-LD lives in <script>
        PageCleaner.RemoveClutter(document);
        var articles = SeparateArticles(document);
        if (articles.Count >= 2)
        {
            int n = 0;
            foreach (var article in articles)
            {
                n++;
                yield return ReadArticleElement(article, meta, $"{stem}-{n}", $"{origin}#{n}");
            }
            yield break;
        }
        yield return ReadWholePage(document, meta, stem, origin);
    }

    private ReadResult ReadWholePage(IHtmlDocument document, PageMeta meta, string id, string origin)
    {
        var bylineDate = PageMeta.BylineDate(document.DocumentElement);
        RemoveBylines(document.DocumentElement);
        var url = meta.Url ?? "https://localhost/";
        var article = new SmartReader.Reader(url, document.DocumentElement.OuterHtml) { Debug = false }.GetArticle();
        var text = article.IsReadable ? HtmlText.FromHtml(article.Content ?? "") : "";
        if (text.Length < 80)
        {
            // Readability found no article (a short page): take the whole body, as a reader would.
            var main = document.QuerySelector("main, [role=main]") ?? document.Body;
            text = main is null ? "" : HtmlText.FromElement(main);
        }
        var title = meta.Title ?? Blank(article.Title);
        text = WithoutLeadingTitle(text, title);
        var date = meta.Published ?? bylineDate
                   ?? (article.PublicationDate is { } p ? DateOnly.FromDateTime(p.Kind == DateTimeKind.Local ? p.ToUniversalTime() : p) : (DateOnly?)null)
                   ?? Dateline.FullDate(text) ?? options.DefaultDate;
        if (date is not { } day) return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.NoPublicationDate, "page"));
        return ReadResult.Ok(new Story(id, day, text)
        {
            Title = title, Url = meta.Url, Source = meta.Outlet ?? Blank(article.SiteName), Language = meta.Language, Origin = origin,
        });
    }

    private ReadResult ReadArticleElement(IElement article, PageMeta meta, string id, string origin)
    {
        var heading = article.QuerySelector("h1, h2, h3, [itemprop=headline]");
        var title = heading is null ? null : Blank(HtmlText.Tidy(heading.TextContent));
        var date = PageMeta.ElementDate(article) ?? PageMeta.BylineDate(article);
        var link = article.QuerySelector("a[rel=bookmark], a[href]")?.GetAttribute("href");
        heading?.Remove();
        RemoveBylines(article);
        var text = HtmlText.FromElement(article);
        var day = date ?? Dateline.FullDate(text) ?? meta.Published ?? options.DefaultDate;
        if (day is not { } d) return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.NoPublicationDate, "article"));
        return ReadResult.Ok(new Story(id, d, text)
        {
            Title = title, Url = PageMeta.Absolute(link, meta.Url) ?? meta.Url, Source = meta.Outlet, Language = meta.Language, Origin = origin,
        });
    }

    /// <summary>Outermost <c>&lt;article&gt;</c> elements with enough text of their own to be stories.</summary>
    private static List<IElement> SeparateArticles(IHtmlDocument document) =>
        document.QuerySelectorAll("article")
            .Where(a => a.ParentElement?.Closest("article") is null)
            .Where(a => HtmlText.FromElement(a).Length >= MinArticleChars)
            .ToList();

    /// <summary>Bylines, printed dates and permalinks are about the story, not in it.</summary>
    private static void RemoveBylines(IElement scope)
    {
        foreach (var e in scope.QuerySelectorAll("time, .byline, .meta, .author, [rel=author], [rel=bookmark], [itemprop=author]").ToList()) e.Remove();
    }

    private static string WithoutLeadingTitle(string text, string? title)
    {
        if (title is null || !text.StartsWith(title, StringComparison.Ordinal)) return text;
        return text[title.Length..].TrimStart();
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : HtmlText.Tidy(s);
}
