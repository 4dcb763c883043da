using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Dyad.Reading.Pages;

/// <summary>
/// Removes what is on a news page but not in its story before the text is extracted: cookie and
/// consent banners, modal dialogs, navigation, sharing, newsletter and subscription boxes,
/// advertising slots, comments and "related stories" lists. Matching is on element names, ARIA
/// roles, and whole words of ids and classes; an element so named that holds an article, a main
/// heading or most of the page's text is kept (a wrapper classed "has-social-icons" is no banner).
/// </summary>
public static partial class PageCleaner
{
    [GeneratedRegex(@"(?:^|[\s_-])(?:cookies?|consent|gdpr|cmp|onetrust|didomi|cookiebanner|privacy-banner|newsletter|subscribe|subscription|paywall|promo|advert|advertisement|ads?|ad-slot|sponsored|share|sharing|social|comments?|related|recommended|popup|modal|overlay|nav|navbar|menu|breadcrumbs?|sidebar|footer|masthead)(?:$|[\s_-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ClutterName();

    /// <summary>Removes clutter from <paramref name="document"/> in place.</summary>
    public static void RemoveClutter(IHtmlDocument document)
    {
        foreach (var e in document.QuerySelectorAll("script, style, noscript, template").ToList()) e.Remove();
        int bodyChars = document.Body?.TextContent.Length ?? 0;
        var doomed = document.QuerySelectorAll("iframe, nav, aside, footer, form, dialog, [role=dialog], [role=alertdialog], [role=navigation], [role=banner], [role=complementary], [aria-modal=true]")
            .Concat(document.All.Where(IsClutter))
            .Where(e => e.LocalName is not ("html" or "body" or "main" or "article") && !HoldsTheStory(e, bodyChars))
            .ToList();
        foreach (var e in doomed) e.Remove();
    }

    /// <summary>A wrapper whose class happens to say "share" or "social" may hold the article itself: keep it.</summary>
    private static bool HoldsTheStory(IElement e, int bodyChars) =>
        e.QuerySelector("article, main, h1") is not null || e.TextContent.Length > 0.4 * bodyChars;

    private static bool IsClutter(IElement e)
    {
        var id = e.Id ?? "";
        var cls = e.ClassName ?? "";
        return (id.Length > 0 && ClutterName().IsMatch(id)) || (cls.Length > 0 && ClutterName().IsMatch(cls));
    }
}
