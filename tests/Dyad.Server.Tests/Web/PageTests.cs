using Dyad.Server.Tests.TestSupport;
using OpenQA.Selenium;
using Xunit.Abstractions;

namespace Dyad.Server.Tests.Web;

/// <summary>
/// The page end to end: the server on a free loopback port, headless Chromium clicking through it.
/// Each view's screenshot goes to <c>screenshots/</c> in the test output folder.
/// </summary>
public sealed class PageTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private TestServer _server = null!;

    public async Task InitializeAsync()
    {
        Seed.Write(_temp.File("events.duckdb"), 60, Seed.Hostile());
        _server = await TestServer.StartAsync(_temp.File("events.duckdb"));
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _temp.Dispose();
    }

    private void Shot(Browser b, string name) => output.WriteLine($"screenshot: {b.Screenshot(name)}");

    private static IWebElement Id(Browser b, string id) => b.Web.FindElement(By.Id(id));

    [Fact]
    public async Task Load_filter_to_a_dyad_follow_a_chart_point_open_an_event_and_its_story()
    {
        if (!Browser.Available()) return;
        using var b = Browser.Start();
        b.Web.Navigate().GoToUrl(_server.Url);
        b.Settled(1);
        Assert.Contains("events match", Id(b, "status").Text);
        Assert.True(b.Web.FindElements(By.CssSelector("#events tbody tr[data-event-id]")).Count > 0);
        Assert.True(b.Web.FindElements(By.CssSelector("#world path.land")).Count == 1, "the world outline is drawn");
        Shot(b, "1-overview");

        // Filter to a dyad through the form.
        Id(b, "f-source").SendKeys("irn");
        Id(b, "f-target").SendKeys("usa");
        int before = b.Rendered();
        Id(b, "f-apply").Click();
        b.Settled(before + 1);
        Assert.Equal("IRN → USA", Id(b, "timeline-dyad").Text);
        var rows = b.Web.FindElements(By.CssSelector("#events tbody tr[data-event-id]"));
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var cells = row.FindElements(By.TagName("td"));
            Assert.StartsWith("IRN", cells[1].Text);
            Assert.StartsWith("USA", cells[2].Text);
        }
        var points = b.Web.FindElements(By.CssSelector("#chart .chart-point"));
        Assert.True(points.Count >= 2, "the timeline has points");
        Assert.True(b.Web.FindElements(By.CssSelector("#world circle.place")).Count > 0, "located events are on the map");
        Shot(b, "2-dyad");
        output.WriteLine($"screenshot: {b.Screenshot("3-map", b.Web.FindElement(By.CssSelector("section.map")))}");

        // A chart point links to the events behind it.
        var point = points[1];
        string start = point.GetAttribute("data-start")!, end = point.GetAttribute("data-end")!;
        before = b.Rendered();
        point.Click();
        b.Settled(before + 1);
        Assert.Contains($"in {start}", Id(b, "count").Text);
        foreach (var row in b.Web.FindElements(By.CssSelector("#events tbody tr[data-event-id]")))
        {
            var date = row.FindElements(By.TagName("td"))[0].Text;
            Assert.InRange(string.CompareOrdinal(date, start), 0, int.MaxValue);
            Assert.InRange(string.CompareOrdinal(date, end), int.MinValue, 0);
        }
        Shot(b, "4-chart-point-events");

        // Open an event: its sentence with source, target and trigger highlighted, and the rule.
        var first = b.Web.FindElement(By.CssSelector("#events tbody tr[data-event-id]"));
        var eventId = first.GetAttribute("data-event-id");
        before = b.Rendered();
        first.Click();
        b.Settled(before + 1);
        Assert.True(Id(b, "event-view").Displayed);
        var e = await _server.GetJson("api/events/" + eventId);
        string Mark(string role) => b.Web.FindElement(By.CssSelector($"#ev-sentence mark[data-role={role}]")).Text;
        Assert.Equal(e.GetProperty("source").GetProperty("text").GetString(), Mark("source"));
        Assert.Equal(e.GetProperty("target").GetProperty("text").GetString(), Mark("target"));
        Assert.Equal(e.GetProperty("evidence").GetProperty("trigger").GetString(), Mark("trigger"));
        Assert.Equal(e.GetProperty("sentence").GetString(), Id(b, "ev-sentence").Text);
        Assert.Equal(e.GetProperty("evidence").GetProperty("rule").GetString(), Id(b, "ev-rule").Text);
        Shot(b, "5-event");

        // …and its story.
        before = b.Rendered();
        Id(b, "ev-story").Click();
        b.Settled(before + 1);
        Assert.True(Id(b, "story-view").Displayed);
        Assert.Contains(e.GetProperty("story_id").GetString()!, Id(b, "st-details").Text);
        Shot(b, "6-story");
    }

    [Fact]
    public void A_story_holding_script_and_broken_out_markup_shows_as_text()
    {
        if (!Browser.Available()) return;
        using var b = Browser.Start();
        b.Web.Navigate().GoToUrl(new Uri(_server.Url, "#q=" + Uri.EscapeDataString("window.__xss")));
        b.Settled(1);
        var rows = b.Web.FindElements(By.CssSelector("#events tbody tr[data-event-id]"));
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Text.Contains("<script>window.__xss=1</script>", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Text.Contains("\"><img src=x onerror=\"window.__xss=2\">", StringComparison.Ordinal));

        foreach (var i in new[] { 0, 1 })
        {
            int before = b.Rendered();
            b.Web.FindElements(By.CssSelector("#events tbody tr[data-event-id]"))[i].Click();
            b.Settled(before + 1);
            var sentence = Id(b, "ev-sentence").Text;
            Assert.True(sentence.Contains("<script>", StringComparison.Ordinal) || sentence.Contains("<img", StringComparison.Ordinal), sentence);
            if (i == 1) Assert.Contains("\"><img src=x onerror=\"window.__xss=2\">", b.Web.FindElement(By.CssSelector("#ev-sentence mark[data-role=target]")).Text);
            Shot(b, $"7-hostile-event-{i + 1}");
            before = b.Rendered();
            Id(b, "ev-story").Click();
            b.Settled(before + 1);
            Assert.Equal("<script>window.__xss=3</script> \"><img src=x onerror=\"window.__xss=4\">", Id(b, "st-title").Text);
            if (i == 0) Shot(b, "8-hostile-story");
            b.Web.Navigate().Back();
            b.Web.Navigate().Back();
            b.Until(() => !Id(b, "overlay").Displayed, "the dialogs to close");
            b.Settled(before + 3);
        }
        // Nothing ran and no element came out of the text.
        Assert.Equal("undefined", b.Web.ExecuteScript("return typeof window.__xss"));
        Assert.Empty(b.Web.FindElements(By.CssSelector("img")));
        Assert.Empty(b.Web.FindElements(By.CssSelector("main script, .dialog script, #events script")));
        Assert.Empty(b.Web.FindElements(By.CssSelector("b")));
    }
}
