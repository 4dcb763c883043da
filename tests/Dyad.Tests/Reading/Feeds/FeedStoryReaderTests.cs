using Dyad.Documents;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Reading.Feeds;

/// <summary>Feeds written by hand with the quirks of real ones; each test says what a reader would take from them.</summary>
public class FeedStoryReaderTests
{
    private static readonly StoryReader Reader = new(new ReaderOptions());

    private static List<ReadResult> ReadFile(string name, string content, ReaderOptions? options = null)
    {
        using var tmp = new TempFolder();
        return (options is null ? Reader : new StoryReader(options)).Read([tmp.Write(name, content)]).ToList();
    }

    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel>
          <title>Wire &amp; World</title>
          <link>https://news.example.org/</link>
          <language>en-us</language>
          <lastBuildDate>Fri, 07 Jun 2019 08:00:00 GMT</lastBuildDate>
          <item>
            <title><![CDATA[Iran's defense minister meets Pakistani counterpart]]></title>
            <link>/world/2019/06/04/iran-pakistan</link>
            <guid isPermaLink="false">wire-1</guid>
            <pubDate>Tue, 04 Jun 2019 01:29:00 +0300</pubDate>
            <description><![CDATA[<p>Iran&rsquo;s defense minister Amir Hatami met his Pakistani counterpart in Moscow and called for closer military cooperation.</p><p>Continue reading&hellip;</p>]]></description>
          </item>
          <item>
            <title>Serbia praises Iran</title>
            <link>https://news.example.org/world/serbia-iran</link>
            <dc:date>2019-06-05T10:00:00Z</dc:date>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>Serbia&#39;s defense minister praised Iran &amp; its army.</p><figure><img src="x.jpg"><figcaption>Photo: a caption</figcaption></figure><p>He spoke in Moscow.</p>]]></content:encoded>
          </item>
          <item>
            <title>Undated item</title>
            <description>The United Nations Security Council condemned the attack and called for restraint.</description>
          </item>
          <item>
            <title>Dated in its dateline</title>
            <description>GENEVA, June 6, 2019 (Wire) - The United Nations envoy met the two delegations.</description>
          </item>
        </channel>
        </rss>
        """;

    [Fact]
    public void Rss_items_become_stories_with_title_link_utc_date_outlet_and_plain_text()
    {
        var results = ReadFile("wire.xml", Rss);
        Assert.Equal(4, results.Count);
        var first = results[0].Story!;
        Assert.Equal("Iran's defense minister meets Pakistani counterpart", first.Title);
        Assert.Equal("https://news.example.org/world/2019/06/04/iran-pakistan", first.Url);   // relative link made absolute
        Assert.Equal(new DateOnly(2019, 6, 3), first.Date);                                    // 01:29 +03:00 is June 3 in UTC
        Assert.Equal("Wire & World", first.Source);
        Assert.Equal("en", first.Language);
        Assert.Equal("Iran’s defense minister Amir Hatami met his Pakistani counterpart in Moscow and called for closer military cooperation.", first.Text);
        Assert.StartsWith("wire-", first.Id);
        Assert.EndsWith("wire.xml#1", first.Origin);

        var second = results[1].Story!;
        Assert.Equal(new DateOnly(2019, 6, 5), second.Date);                                   // dc:date
        Assert.Equal("Serbia's defense minister praised Iran & its army.\n\nHe spoke in Moscow.", second.Text); // full content, caption dropped
    }

    [Fact]
    public void An_item_with_no_date_is_rejected_unless_its_dateline_or_the_run_gives_one()
    {
        var results = ReadFile("wire.xml", Rss);
        Assert.Null(results[2].Story);
        Assert.StartsWith("DYAD-E114", results[2].Reject!.Reason);
        Assert.Equal(new DateOnly(2019, 6, 6), results[3].Story!.Date);

        var withDefault = ReadFile("wire.xml", Rss, new ReaderOptions { DefaultDate = new DateOnly(2019, 6, 7) });
        Assert.Equal(new DateOnly(2019, 6, 7), withDefault[2].Story!.Date);
    }

    [Fact]
    public void Item_ids_are_stable_whatever_the_item_order()
    {
        var ids = ReadFile("wire.xml", Rss).Select(r => r.Story?.Id ?? r.Reject!.StoryId).ToList();
        Assert.Equal(ids, ReadFile("wire.xml", Rss).Select(r => r.Story?.Id ?? r.Reject!.StoryId));
        Assert.Equal(4, ids.Distinct().Count());
    }

    [Fact]
    public void Html_entities_and_bare_ampersands_that_break_xml_are_repaired()
    {
        const string broken = """
            <rss version="2.0"><channel><title>AT&T News&nbsp;Desk</title><link>https://att.example.com/</link>
            <item><title>Talks&nbsp;resume &mdash; again</title><link>https://att.example.com/a?x=1&y=2</link>
            <pubDate>June 4, 2019</pubDate><description>Iran&rsquo;s minister met his Pakistani counterpart &amp; praised him.</description></item>
            </channel></rss>
            """;
        var story = Assert.Single(ReadFile("broken.rss", broken)).Story!;
        Assert.Equal("Talks resume — again", story.Title);
        Assert.Equal("https://att.example.com/a?x=1&y=2", story.Url);
        Assert.Equal("Iran’s minister met his Pakistani counterpart & praised him.", story.Text);
        Assert.Equal("AT&T News Desk", story.Source);
        Assert.Equal(new DateOnly(2019, 6, 4), story.Date);
    }

    [Fact]
    public void Atom_entries_take_published_over_updated_and_resolve_links_against_xml_base()
    {
        const string atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="https://atom.example.net/news/">
              <title type="text">Atom Daily</title>
              <link rel="self" href="https://atom.example.net/feed.xml"/>
              <updated>2019-06-06T00:00:00Z</updated>
              <entry>
                <title type="html">Kazakhstan &amp;amp; Iran hold talks</title>
                <link rel="alternate" href="2019/06/kazakh-talks"/>
                <id>tag:atom.example.net,2019:1</id>
                <published>2019-06-04T23:30:00-02:00</published>
                <updated>2019-06-06T08:00:00Z</updated>
                <summary>Short.</summary>
                <content type="html">&lt;p&gt;Hatami also held separate talks with Kazakhstan&amp;rsquo;s defense minister.&lt;/p&gt;</content>
              </entry>
              <entry>
                <title>Only updated</title>
                <link href="https://elsewhere.example.com/x"/>
                <id>2</id>
                <updated>2019-06-06T08:00:00Z</updated>
                <summary type="text">The two sides signed a memorandum of understanding on defense cooperation.</summary>
              </entry>
            </feed>
            """;
        var results = ReadFile("atom.txt", atom);   // the extension says text; the content says Atom
        Assert.Equal(2, results.Count);
        var first = results[0].Story!;
        Assert.Equal("Kazakhstan & Iran hold talks", first.Title);
        Assert.Equal("https://atom.example.net/news/2019/06/kazakh-talks", first.Url);
        Assert.Equal(new DateOnly(2019, 6, 5), first.Date);      // 23:30 at UTC-2 is June 5 in UTC
        Assert.Equal("Hatami also held separate talks with Kazakhstan’s defense minister.", first.Text);
        Assert.Equal("Atom Daily", first.Source);
        Assert.Equal("en", first.Language);
        Assert.Equal(new DateOnly(2019, 6, 6), results[1].Story!.Date);
    }

    [Fact]
    public void A_gzipped_feed_is_read_too_and_garbage_xml_is_one_reject()
    {
        using var tmp = new TempFolder();
        using (var gz = new System.IO.Compression.GZipStream(File.Create(Path.Combine(tmp.Path, "feed.xml.gz")), System.IO.Compression.CompressionLevel.Fastest))
            gz.Write(System.Text.Encoding.UTF8.GetBytes(Rss));
        Assert.Equal(4, Reader.Read([Path.Combine(tmp.Path, "feed.xml.gz")]).Count());

        var bad = Assert.Single(ReadFile("bad.xml", "<rss version=\"2.0\"><channel><item><title>cut off"));
        Assert.StartsWith("DYAD-E113", bad.Reject!.Reason);
    }
}
