using Dyad.Documents;
using Dyad.Reading.Dedup;
using Dyad.Reading.Watching;
using Dyad.Tests.Reading.Dedup;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Reading.Watching;

public class WatchStateTests
{
    [Fact]
    public void Files_done_and_stories_seen_survive_a_restart_and_a_changed_file_is_not_done()
    {
        using var tmp = new TempFolder();
        var file = new FileInfo(tmp.Write("feed.xml", "<rss/>"));
        var stateFolder = Path.Combine(tmp.Path, ".dyad-watch");
        var state = WatchState.Load(stateFolder);
        Assert.False(state.IsDone(file));
        state.MarkDone(file);
        new DuplicateScreen(state.Duplicates).Screen(new Story("wire", new DateOnly(2019, 6, 4), DuplicateScreenTests.Wire));
        state.Save();

        var again = WatchState.Load(stateFolder);
        Assert.True(again.IsDone(new FileInfo(file.FullName)));
        Assert.True(again.Duplicates.Contains("wire", TextFingerprint.Of(DuplicateScreenTests.Wire)));
        Assert.DoesNotContain(Directory.GetFiles(stateFolder), f => f.EndsWith(".tmp", StringComparison.Ordinal));

        File.AppendAllText(file.FullName, "<!-- grew -->");
        Assert.False(again.IsDone(new FileInfo(file.FullName)));
    }

    [Fact]
    public void A_damaged_state_is_an_error_not_a_silent_restart()
    {
        using var tmp = new TempFolder();
        tmp.Write(".dyad-watch/files.tsv", "not\ta state line\n");
        Assert.Throws<InvalidDataException>(() => WatchState.Load(Path.Combine(tmp.Path, ".dyad-watch")));
    }
}
