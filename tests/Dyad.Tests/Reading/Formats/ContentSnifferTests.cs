using System.Text;
using Dyad.Reading.Formats;

namespace Dyad.Tests.Reading.Formats;

public class ContentSnifferTests
{
    [Theory]
    [InlineData("date 2019-06-04\nIran's minister ...", "story.txt", InputFormat.Text)]
    [InlineData("\uFEFF<?xml version=\"1.0\"?>\n<!-- generator -->\n<rss version=\"2.0\">", "feed.txt", InputFormat.Feed)]
    [InlineData("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">", "feed", InputFormat.Feed)]
    [InlineData("  <feed xmlns=\"http://www.w3.org/2005/Atom\">", "a.xml", InputFormat.Feed)]
    [InlineData("<!DOCTYPE html><html><body>", "page.txt", InputFormat.Html)]
    [InlineData("<html lang=\"en\">", "page", InputFormat.Html)]
    [InlineData("<div><p>An article body saved alone.</p></div>", "body.txt", InputFormat.Html)]
    [InlineData("{\"id\":\"a\",\"date\":\"2019-06-04\",\"text\":\"x\"}\n", "stories.json", InputFormat.Jsonl)]
    [InlineData("{ not json at all", "odd.txt", InputFormat.Text)]
    [InlineData("not json\n", "x.jsonl", InputFormat.Jsonl)]
    public void Formats_are_told_by_content(string head, string name, InputFormat expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(Encoding.UTF8.GetBytes(head), name));
}
