using System.Diagnostics;
using Dyad.Storage.Tests.TestSupport;
using Dyad.Storage.Writing;

namespace Dyad.Storage.Tests.DuckDb;

public sealed class DuckDbStoreTests : StoreContract
{
    protected override EventStore? NewStore() => EventStore.Open(Temp.File($"{Guid.NewGuid():N}.duckdb"));

    [Theory]
    [InlineData("a plain text file that is certainly not a database\n")]
    [InlineData("")]
    [InlineData("SQLite format 3\0 and then some more bytes")]
    public void A_file_that_is_not_a_database_is_refused_and_left_untouched(string content)
    {
        var path = Temp.File("notes.duckdb");
        File.WriteAllText(path, content);
        var before = File.GetLastWriteTimeUtc(path);
        foreach (var access in new[] { StoreAccess.ReadWrite, StoreAccess.ReadOnly })
        {
            var e = Assert.Throws<StoreException>(() => EventStore.Open(path, access));
            Assert.StartsWith("DYAD-E401", e.Message);
            Assert.Contains(path, e.Message);
        }
        Assert.Equal(content, File.ReadAllText(path));
        Assert.Equal(before, File.GetLastWriteTimeUtc(path));
        Assert.Equal(["notes.duckdb"], Directory.GetFiles(Temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void The_thread_limit_applies_to_every_connection_to_the_file()
    {
        var path = Temp.File("threads.duckdb");
        using (EventStore.Open(path)) { }
        using var first = (Dyad.Storage.DuckDb.DuckDbStore)EventStore.Open(path, StoreAccess.ReadOnly);
        using var second = EventStore.Open(path, StoreAccess.ReadOnly);
        first.SetThreads(1);
        Assert.Equal(1L, Convert.ToInt64(second.Scalar("SELECT current_setting('threads')"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Throws<ArgumentOutOfRangeException>(() => first.SetThreads(0));
    }

    [Fact]
    public void Reading_a_store_that_does_not_exist_says_so_and_creates_nothing()
    {
        var path = Temp.File("missing.duckdb");
        var e = Assert.Throws<StoreException>(() => EventStore.Open(path, StoreAccess.ReadOnly));
        Assert.StartsWith("DYAD-E407", e.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_store_from_a_newer_dyad_is_refused()
    {
        var path = Temp.File("newer.duckdb");
        using (var store = EventStore.Open(path))
        using (store.Query("INSERT INTO schema_version VALUES (999, 'from the future', TIMESTAMP '2030-01-01 00:00:00')")) { }
        var e = Assert.Throws<StoreException>(() => EventStore.Open(path));
        Assert.StartsWith("DYAD-E405", e.Message);
    }

    [Fact]
    public void A_store_opened_read_only_cannot_be_changed()
    {
        var path = Temp.File("ro.duckdb");
        using (EventStore.Open(path)) { }
        using var store = EventStore.Open(path, StoreAccess.ReadOnly);
        var e = Assert.Throws<StoreException>(() => store.Query("DELETE FROM events"));
        Assert.StartsWith("DYAD-E406", e.Message);
    }

    [Fact]
    public void A_full_disk_fails_the_batch_with_a_clear_error_and_keeps_what_was_committed()
    {
        var mount = Temp.File("small");
        Directory.CreateDirectory(mount);
        if (!Mount(mount)) return; // needs root (CI runs as root); elsewhere this test cannot make a full disk
        try
        {
            var path = Path.Combine(mount, "full.duckdb");
            using (var store = EventStore.Open(path))
            {
                var first = new StoreBatch();
                first.Add(Stories.Coded("kept", "2018-01-01", "t", null, "IRN USA 111"));
                store.Write(first, DateTime.UtcNow);
                var e = Assert.Throws<StoreException>(() =>
                {
                    for (int b = 0; b < 200; b++)
                    {
                        var big = new StoreBatch();
                        for (int i = 0; i < 500; i++)
                            big.Add(Stories.Coded($"s{b}-{i}", "2018-01-01", new string('x', 200) + i, null, "IRN USA 111", "USA IRN 112", "RUS CHN 040"));
                        store.Write(big, DateTime.UtcNow);
                    }
                });
                Assert.StartsWith("DYAD-E404", e.Message);
                Assert.Contains(path, e.Message);
            }
            using var reopened = EventStore.Open(path, StoreAccess.ReadOnly);
            Assert.Equal(["kept"], reopened.Strings("SELECT story_id FROM stories WHERE story_id = 'kept'"));
            Assert.Equal(0, reopened.Count("SELECT count(*) - count(DISTINCT event_id) FROM events"));
        }
        finally
        {
            Run("umount", mount);
        }
    }

    private static bool Mount(string folder) =>
        Environment.UserName == "root" && Run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", folder);

    private static bool Run(string program, params string[] args)
    {
        var psi = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(psi)!;
            p.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
