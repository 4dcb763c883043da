using Dyad.Coding;
using Dyad.Reading;
using Dyad.Storage.Tests.TestSupport;
using Dyad.Storage.Writing;

namespace Dyad.Storage.Tests.Writing;

/// <summary>The sink's batching over one and two DuckDB writers: every story lands once, the later version wins.</summary>
public sealed class StoreSinkTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    // 300 stories of three events in batches of ten; every fifth story is coded again two stories
    // later (often in the next batch, while the first is still being written) with other events,
    // and every seventh origin is rejected and then coded.
    private static IEnumerable<object> Run()
    {
        for (int i = 0; i < 300; i++)
        {
            if (i % 7 == 0) yield return new Reject($"s{i}", $"feed:{i}", "too short");
            yield return Stories.Coded($"s{i}", "2018-04-06", $"text {i}", "afp", "IRN USA 111", "USA IRN 112", "RUS IRN 040");
            if (i % 5 == 2) yield return Stories.Coded($"s{i - 2}", "2018-04-07", $"text {i - 2} again", "afp", "FRA USA 042");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Every_story_lands_once_and_the_later_coding_wins(int writers)
    {
        var path = _temp.File($"sink{writers}.duckdb");
        int commits = 0;
        using (var store = EventStore.Open(path))
        using (var sink = new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: 10, Writers: writers)) { Committed = _ => commits++ })
        {
            foreach (var item in Run())
            {
                if (item is CodingResult r) sink.Coded(r);
                else sink.Rejected((Reject)item);
            }
            sink.Complete(default);
            // 300 stories and 60 of them again, less those whose two codings met in one batch (the later kept)
            Assert.InRange(sink.StoriesWritten, 301, 359);
            Assert.Equal(300 * 3 + 60 - 3 * (360 - sink.StoriesWritten), sink.EventsWritten); // a merged pair drops the first coding's three events
        }
        Assert.True(commits >= 30, $"{commits} commits");

        using var check = EventStore.Open(path, StoreAccess.ReadOnly);
        Assert.Equal(300, check.Count("SELECT count(*) FROM stories"));
        Assert.Equal(240 * 3 + 60, check.Count("SELECT count(*) FROM events"));
        Assert.Equal(0, check.Count("SELECT count(*) - count(DISTINCT event_id) FROM events"));
        Assert.Equal(60, check.Count("SELECT count(*) FROM stories WHERE date = DATE '2018-04-07'"));
        Assert.Equal(["FRA"], check.Strings("SELECT DISTINCT source_code FROM events WHERE story_id IN (SELECT story_id FROM stories WHERE date = DATE '2018-04-07')"));
        Assert.Equal(0, check.Count("SELECT count(*) FROM rejects"));
    }

    [Fact]
    public void A_failed_write_is_thrown_by_the_next_call_and_nothing_more_is_written()
    {
        var path = _temp.File("fails.duckdb");
        using var store = EventStore.Open(path);
        using var sink = new StoreSink(store, TimeProvider.System, new StoreSinkOptions(MaxStories: 5, Writers: 2));
        for (int i = 0; i < 5; i++) sink.Coded(Stories.Coded($"a{i}", "2018-04-06", "text", null, "IRN USA 111"));
        sink.Flush();
        Assert.Equal(5, sink.StoriesWritten);
        using (store.Query("DROP TABLE events")) { }

        var failure = Record.Exception(() =>
        {
            for (int i = 0; i < 20; i++) sink.Coded(Stories.Coded($"b{i}", "2018-04-06", "text", null, "IRN USA 111"));
            sink.Complete(default);
        });
        var stored = Assert.IsType<StoreException>(failure);
        Assert.Contains(path, stored.Message);
        // A batch already in flight on the other writer may still have committed; the sink counts exactly what the
        // store holds, and after the failure nothing more is written.
        long written = sink.StoriesWritten;
        Assert.Equal(written, store.Count("SELECT count(*) FROM stories"));
        Assert.InRange(written, 5, 15);
        Assert.Throws<InvalidOperationException>(() => sink.Flush());
        Assert.Throws<InvalidOperationException>(() => { for (int i = 0; i < 5; i++) sink.Coded(Stories.Coded($"c{i}", "2018-04-06", "text", null, "IRN USA 111")); });
        Assert.Equal(written, sink.StoriesWritten);
        Assert.Equal(written, store.Count("SELECT count(*) FROM stories"));
    }
}
