using System.Diagnostics;
using Dyad.Storage;

namespace Dyad.Cluster.Tests;

/// <summary>
/// The cluster as users run it: PostgreSQL, three <c>dyad cluster silo</c> processes on loopback
/// ports, one <c>dyad cluster submit</c>; one silo is killed (SIGKILL) while it codes a shard. The
/// stored result must equal a single-process <c>dyad code</c> of the same corpus: every story once,
/// every event once, the same rejects, and a summary that accounts for every line.
/// </summary>
public sealed class ClusterKillTests : IDisposable
{
    private static readonly TimeSpan Start = TimeSpan.FromSeconds(90);
    private readonly string _temp = Directory.CreateTempSubdirectory("dyad-cluster-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [SkippableFact]
    public void A_silo_killed_mid_job_loses_no_story_and_doubles_no_event()
    {
        using var db = TestDatabase.TryCreate("cluster kill test");
        Skip.If(db is null, "DYAD_TEST_PG is not set (.ci/run sets it)");
        var corpus = Path.Combine(_temp, "corpus.jsonl");
        Corpus.Write(corpus, 2_000, badLines: [250, 1_501, 1_999]);

        // The reference: one process, the embedded store.
        var referenceStore = Path.Combine(_temp, "reference.duckdb");
        string referenceSummary;
        using (var reference = new DyadChild(_temp, "code", corpus, "--store", referenceStore, "--output", Path.Combine(_temp, "reference.jsonl"), "--threads", "1",
            // The cluster does not screen duplicates across shards (yet): compare with a run that keeps them too.
            "--keep-duplicates"))
        {
            Assert.True(reference.WaitForExit(TimeSpan.FromSeconds(180)) && reference.ExitCode == 0, string.Join('\n', reference.Lines));
            referenceSummary = reference.Lines[^1];
        }
        Assert.StartsWith("read 2000, ", referenceSummary);

        var ports = TestPorts.Free(6);
        var silos = new List<DyadChild>();
        DyadChild? submit = null;
        try
        {
            for (int i = 0; i < 3; i++)
                silos.Add(new DyadChild(_temp, "cluster", "silo", "--store", db.ConnectionString, "--cluster-id", "kill-test",
                    "--port", $"{ports[i]}", "--gateway-port", $"{ports[3 + i]}", "--threads", "1", "--lease-seconds", "6"));
            foreach (var silo in silos)
                Assert.True(silo.WaitForLine("joined cluster", Start), "a silo did not join:\n" + string.Join('\n', silo.Lines));

            submit = new DyadChild(_temp, "cluster", "submit", corpus, "--store", db.ConnectionString, "--cluster-id", "kill-test",
                "--shard-stories", "200", "--job", "kill", "--timeout", "300");

            // Kill the second silo (SIGKILL) just after it leased a shard, once some shards are done.
            var victim = $"127.0.0.1:{ports[1]}@";
            string? fresh = null;
            var watch = Stopwatch.StartNew();
            while (fresh is null && watch.Elapsed < TimeSpan.FromSeconds(120) && !submit.HasExited)
            {
                if (db.Count("SELECT count(*) FROM cluster_shards WHERE state = 'done'") >= 2)
                    fresh = db.Strings($"SELECT shard_no FROM cluster_shards WHERE state = 'leased' AND owner LIKE '{victim}%' " +
                                       "AND leased_at > now() - interval '300 milliseconds'").FirstOrDefault();
                if (fresh is null) Thread.Sleep(20);
            }
            Assert.True(fresh is not null, "the victim silo never took a shard:\n" + string.Join('\n', submit.Lines));
            silos[1].Kill();
            // What the dead silo held: those shards must be finished by the others.
            var orphaned = db.Strings($"SELECT shard_no FROM cluster_shards WHERE state = 'leased' AND owner LIKE '{victim}%'");
            Assert.NotEmpty(orphaned);

            Assert.True(submit.WaitForExit(TimeSpan.FromSeconds(300)), "the job did not finish:\n" + string.Join('\n', submit.Lines));
            Assert.True(submit.ExitCode == 0, string.Join('\n', submit.Lines));

            // The killed silo's shards were finished by another silo, and counted once.
            foreach (var shard in orphaned)
            {
                Assert.Equal("done", db.Scalar($"SELECT state FROM cluster_shards WHERE shard_no = {shard}"));
                Assert.DoesNotContain(victim, (string)db.Scalar($"SELECT owner FROM cluster_shards WHERE shard_no = {shard}")!);
                Assert.True(db.Count($"SELECT attempts FROM cluster_shards WHERE shard_no = {shard}") >= 2);
            }
            Assert.Equal(0, db.Count("SELECT count(*) FROM cluster_shards WHERE state <> 'done'"));

            using var expected = EventStore.Open(referenceStore, StoreAccess.ReadOnly);
            // The summary line is the single-process one: read = coded + no-event + rejected, every line counted once.
            Assert.True(referenceSummary == submit.Lines[^1], $"expected {referenceSummary}:\n" + string.Join('\n', db.Strings("SELECT origin || ' ' || reason FROM rejects")) + "\n" + string.Join('\n', submit.Lines) + "\n--- silos ---\n" + string.Join('\n', silos.SelectMany(s => s.Lines).Where(l => l.Contains("shard", StringComparison.Ordinal) || l.StartsWith("rejected", StringComparison.Ordinal))));
            Assert.Equal(Rows(expected, "SELECT count(*) FROM stories")[0], db.Count("SELECT count(*) FROM stories").ToString());

            // Every story and event once, the same as the single-process run; no event is missing or doubled.
            Assert.Equal(0, db.Count("SELECT count(*) - count(DISTINCT event_id) FROM events"));
            const string stories = "SELECT story_id || ' ' || event_count || ' ' || origin || ' ' || coalesce(source, '') FROM stories ORDER BY story_id";
            const string events = "SELECT event_id || ' ' || story_id || ' ' || sentence_index || ' ' || source_code || ' ' || target_code || ' ' || cameo FROM events ORDER BY event_id";
            const string rejects = "SELECT origin || ' ' || coalesce(story_id, '-') || ' ' || reason FROM rejects ORDER BY origin";
            Assert.Equal(Rows(expected, stories), db.Strings(stories));
            Assert.Equal(Rows(expected, events), db.Strings(events));
            Assert.Equal(Rows(expected, rejects), db.Strings(rejects));
            Assert.Equal(3, Rows(expected, rejects).Count);
        }
        finally
        {
            submit?.Dispose();
            foreach (var silo in silos) silo.Dispose();
        }
    }

    private static List<string> Rows(EventStore store, string sql)
    {
        using var reader = store.Query(sql);
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.GetValue(0).ToString()!);
        return rows;
    }
}
