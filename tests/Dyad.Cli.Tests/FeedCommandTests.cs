using System.Text.Json;

namespace Dyad.Cli.Tests;

/// <summary>Feeds, pages, languages and syndicated copies through <c>dyad code</c> and <c>dyad watch</c>, as a user runs them.</summary>
public sealed class FeedCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "dyad-feeds-" + Guid.NewGuid().ToString("N"));

    public FeedCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private const string Body =
        "Iran's defense minister Amir Hatami met his Pakistani counterpart in Moscow and called for closer military cooperation between the two countries. " +
        "Hatami also held separate talks with Kazakhstan's defense minister on the sidelines of the Moscow security conference, the ministry said in a statement.";

    private static string Feed(string outlet, string guid, string pubDate, string text, string extra = "") => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0"><channel><title>{outlet}</title><link>https://{guid}.example.org/</link>
        <item><title>Iran and Pakistan</title><link>/a/{guid}</link><guid>{guid}</guid><pubDate>{pubDate}</pubDate>
        <description><![CDATA[<p>{text}</p>]]></description></item>{extra}
        </channel></rss>
        """;

    private const string French = """
        <item><title>Rencontre</title><guid>fr-1</guid><pubDate>Tue, 04 Jun 2019 10:00:00 GMT</pubDate>
        <description>Le ministre iranien de la défense a rencontré son homologue pakistanais à Moscou et a appelé à une coopération militaire plus étroite.</description></item>
        """;

    [Fact]
    public void Syndicated_copies_count_as_one_event_with_several_sources_and_foreign_stories_are_rejected()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_temp, "in")).FullName;
        File.WriteAllText(Path.Combine(inbox, "a-wire.xml"), Feed("Wire", "w1", "Tue, 04 Jun 2019 10:00:00 GMT", Body, French));
        File.WriteAllText(Path.Combine(inbox, "b-daily.rss"), Feed("Daily", "d1", "Wed, 05 Jun 2019 06:00:00 GMT", "TEHRAN (Daily) - " + Body + " Follow us for more."));
        File.WriteAllText(Path.Combine(inbox, "c-again.xml"), Feed("Again", "g1", "Wed, 05 Jun 2019 06:00:00 GMT", Body));

        var code = StoreProcess.Run(_temp, "code", inbox, "--store", "s.duckdb");
        Assert.Equal(0, code.ExitCode);
        Assert.Contains("DYAD-E115 language:fr", code.Stderr);
        Assert.Contains("DYAD-E116 duplicate of story 'a-wire-", code.Stderr);
        Assert.Contains("rejected before coding: duplicate 1, language:fr 1", code.Stderr);
        Assert.EndsWith("read 4, coded 2, no-event 0, rejected 2", code.Stderr.TrimEnd());

        var stories = StoreProcess.Run(_temp, "query", "--store", "s.duckdb", "--format", "jsonl", "--sql",
            "SELECT story_id, date, source, language, duplicate_of FROM stories ORDER BY story_id");
        var rows = stories.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(rows[0].GetProperty("story_id").GetString(), rows[1].GetProperty("duplicate_of").GetString());
        Assert.Equal(rows[0].GetProperty("date").GetString(), rows[1].GetProperty("date").GetString());   // the copy takes the first's date
        Assert.Equal("en", rows[1].GetProperty("language").GetString());

        var counts = StoreProcess.Run(_temp, "query", "--store", "s.duckdb", "--format", "jsonl", "--sql",
            "SELECT max(sources) AS sources FROM event_counts WHERE source_code LIKE 'IRN%' AND target_code LIKE 'KAZ%'");
        var c = JsonDocument.Parse(counts.Stdout).RootElement;
        Assert.Equal(2, c.GetProperty("sources").GetInt32());
    }

    [Fact]
    public void Watch_codes_new_files_and_remembers_them_across_restarts()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(_temp, "inbox")).FullName;
        var output = Path.Combine(_temp, "events.jsonl");
        File.WriteAllText(Path.Combine(inbox, "one.xml"), Feed("Wire", "w1", "Tue, 04 Jun 2019 10:00:00 GMT", Body));
        var first = StoreProcess.Run(_temp, "watch", inbox, "--once", "--no-store", "--output", output);
        Assert.Equal(0, first.ExitCode);
        int events = File.ReadAllLines(output).Length;
        Assert.True(events > 0, first.Stderr);
        Assert.True(File.Exists(Path.Combine(inbox, ".dyad-watch", "files.tsv")));

        // Restarted with nothing new: nothing is coded again.
        StoreProcess.Run(_temp, "watch", inbox, "--once", "--no-store", "--output", output);
        Assert.Equal(events, File.ReadAllLines(output).Length);

        // A page dropped in while it runs is coded; the running watcher stops cleanly on SIGTERM.
        using var watcher = StoreProcess.Start(_temp, "watch", inbox, "--no-store", "--output", output, "--interval", "0.3");
        File.WriteAllText(Path.Combine(inbox, "page.html"), $"""
            <html><head><title>Talks</title><meta property="article:published_time" content="2019-06-06T09:00:00Z"></head>
            <body><article><h1>Serbia praises Iran</h1><p>The Serbian defense minister praised Iran for its role in the fight against terrorism in the region.</p><p>{Body}</p></article></body></html>
            """);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !File.ReadAllText(output).Contains("\"story_id\":\"page\"", StringComparison.Ordinal)) Thread.Sleep(200);
        Assert.Contains("\"story_id\":\"page\"", File.ReadAllText(output));
        System.Diagnostics.Process.Start("kill", ["-TERM", watcher.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExit();
        Assert.True(watcher.WaitForExit(30_000));
        Assert.Equal(0, watcher.ExitCode);
        Assert.Contains("page.html", File.ReadAllText(Path.Combine(inbox, ".dyad-watch", "files.tsv")));
    }
}
