using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Reading.Pages;

/// <summary>Pages written by hand with the clutter of real news sites.</summary>
public class PageStoryReaderTests
{
    private static readonly StoryReader Reader = new(new ReaderOptions());

    private static List<ReadResult> ReadFile(string name, string content)
    {
        using var tmp = new TempFolder();
        return Reader.Read([tmp.Write(name, content)]).ToList();
    }

    private const string Paragraphs = """
        <p>MOSCOW &mdash; Iran&rsquo;s defense minister Amir Hatami met his Pakistani counterpart on the sidelines of the Moscow Conference on International Security on Wednesday.</p>
        <p>The two ministers called for the expansion of military cooperation between Tehran and Islamabad, according to a statement from the ministry.</p>
        <p>Hatami also held separate talks with Kazakhstan&rsquo;s Defense Minister Saken Zhasuzakov and the Serbian minister, who praised Iran&rsquo;s role in fighting terrorism.</p>
        """;

    internal static readonly string Article = $$"""
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
          <title>Iran and Pakistan call for military cooperation | The Daily Example</title>
          <meta property="og:site_name" content="The Daily Example">
          <meta property="og:title" content="Iran and Pakistan call for military cooperation">
          <meta property="article:published_time" content="2019-06-04T23:10:00-04:00">
          <link rel="canonical" href="https://daily.example.com/world/iran-pakistan">
          <script>window.dataLayer = [];</script>
        </head>
        <body>
          <div id="cookie-banner" class="cookie-consent">
            <p>We use cookies to improve your experience. By continuing to browse you agree to our use of cookies and our privacy policy.</p>
            <button>Accept all</button>
          </div>
          <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
          <main>
            <article>
              <h1>Iran and Pakistan call for military cooperation</h1>
              <div class="byline">By A. Reporter</div>
              {{Paragraphs}}
              <div class="share-buttons"><a href="#">Share on Twitter</a> <a href="#">Share on Facebook</a></div>
            </article>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/x">Floods hit the north</a></li></ul></aside>
          </main>
          <div class="newsletter-signup"><p>Sign up for our daily newsletter and never miss a story again.</p></div>
          <footer>&copy; 2019 The Daily Example</footer>
        </body>
        </html>
        """;

    [Fact]
    public void A_news_page_gives_its_main_text_title_utc_date_outlet_and_canonical_url()
    {
        var story = Assert.Single(ReadFile("iran-pakistan.html", Article)).Story!;
        Assert.Equal("iran-pakistan", story.Id);
        Assert.Equal("Iran and Pakistan call for military cooperation", story.Title);
        Assert.Equal(new DateOnly(2019, 6, 5), story.Date);        // 23:10 at UTC-4 is June 5 in UTC
        Assert.Equal("The Daily Example", story.Source);
        Assert.Equal("https://daily.example.com/world/iran-pakistan", story.Url);
        Assert.Equal("en", story.Language);
        Assert.True(story.Text.StartsWith("MOSCOW — Iran’s defense minister Amir Hatami met his Pakistani counterpart", StringComparison.Ordinal), story.Text);
        Assert.Contains("Hatami also held separate talks with Kazakhstan’s Defense Minister", story.Text);
        foreach (var clutter in (string[])["cookies", "Accept all", "Home", "Share on", "Related stories", "newsletter", "©", "dataLayer"])
            Assert.DoesNotContain(clutter, story.Text);
    }

    [Fact]
    public void The_date_comes_from_json_ld_or_a_time_element_or_the_byline_when_meta_tags_have_none()
    {
        var jsonLd = Article.Replace("<meta property=\"article:published_time\" content=\"2019-06-04T23:10:00-04:00\">",
            """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2019-06-03T08:00:00+02:00"}]}</script>""");
        Assert.Equal(new DateOnly(2019, 6, 3), Assert.Single(ReadFile("a.html", jsonLd)).Story!.Date);

        var time = Article.Replace("<meta property=\"article:published_time\" content=\"2019-06-04T23:10:00-04:00\">", "")
            .Replace("<div class=\"byline\">By A. Reporter</div>", "<time datetime=\"2019-06-02\">2 June</time>");
        Assert.Equal(new DateOnly(2019, 6, 2), Assert.Single(ReadFile("b.html", time)).Story!.Date);

        var byline = Article.Replace("<meta property=\"article:published_time\" content=\"2019-06-04T23:10:00-04:00\">", "")
            .Replace("By A. Reporter", "By A. Reporter | Published 04 Jun 2019 12:29 UTC+3");
        Assert.Equal(new DateOnly(2019, 6, 4), Assert.Single(ReadFile("c.html", byline)).Story!.Date);

        var none = Article.Replace("<meta property=\"article:published_time\" content=\"2019-06-04T23:10:00-04:00\">", "");
        Assert.StartsWith("DYAD-E114", Assert.Single(ReadFile("d.html", none)).Reject!.Reason);
    }

    [Fact]
    public void A_page_with_several_articles_gives_one_story_each_with_its_own_heading_date_and_link()
    {
        var page = $$"""
            <html><head><title>Live: Moscow security conference</title><meta property="og:site_name" content="Example Live">
            <link rel="canonical" href="https://live.example.org/moscow/"></head>
            <body>
              <article class="post"><h2>Iran and Pakistan meet</h2><time datetime="2019-06-04T09:00:00Z">9:00</time>
                <a rel="bookmark" href="#post-1">link</a>
                <p>Iran's defense minister Amir Hatami met his Pakistani counterpart in Moscow and the two called for closer military cooperation between their armed forces.</p></article>
              <article class="post"><h2>Serbia praises Iran</h2><time datetime="2019-06-05T07:00:00+03:00">10:00</time>
                <a rel="bookmark" href="/moscow/post-2">link</a>
                <p>The Serbian defense minister praised Iran for its role in the fight against terrorism in the region, speaking to reporters after the meeting in Moscow.</p></article>
              <article><p>Advert</p></article>
            </body></html>
            """;
        var results = ReadFile("live.html", page);
        Assert.Equal(2, results.Count);
        var (first, second) = (results[0].Story!, results[1].Story!);
        Assert.Equal(("live-1", "Iran and Pakistan meet", new DateOnly(2019, 6, 4)), (first.Id, first.Title, first.Date));
        Assert.Equal(("live-2", "Serbia praises Iran", new DateOnly(2019, 6, 5)), (second.Id, second.Title, second.Date));
        Assert.StartsWith("Iran's defense minister Amir Hatami", first.Text);
        Assert.DoesNotContain("9:00", first.Text);
        Assert.Equal("https://live.example.org/moscow/#post-1", first.Url);
        Assert.Equal("https://live.example.org/moscow/post-2", second.Url);
        Assert.Equal("Example Live", second.Source);
    }

    [Fact]
    public void A_page_is_known_by_its_content_whatever_its_name()
    {
        var story = Assert.Single(ReadFile("saved-page", Article)).Story!;
        Assert.Equal("Iran and Pakistan call for military cooperation", story.Title);
    }
}
