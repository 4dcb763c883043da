using System.Diagnostics;
using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Tests.Hostile;

/// <summary>What became of one input item: coded (with its event count) or rejected (with its reason).</summary>
internal sealed record Outcome(string? StoryId, string Origin, bool Coded, int Events, string? Reason);

/// <summary>
/// Reads and codes hostile input under a wall-clock limit. A hang fails the test instead of the
/// run; an exception escaping the reader or the coder fails it too (that is the crash users saw).
/// </summary>
internal static class HostileRun
{
    private static readonly Lazy<Coder> SharedCoder = new(Coder.CreateDefault);

    public static Coder Coder => SharedCoder.Value;

    // The time limits catch hangs (a loop that never ends), not slowness: they are generous because
    // CI runs Debug builds on a shared machine. Speed is measured by `dyad bench`, never asserted.
    public static List<Outcome> Code(IEnumerable<string> paths, ReaderOptions? options = null, int seconds = 120)
    {
        var coder = Coder; // loaded outside the time limit
        var reader = new StoryReader(options ?? new ReaderOptions());
        var task = Task.Run(() =>
        {
            var outcomes = new List<Outcome>();
            foreach (var item in reader.Read(paths))
            {
                if (item.Reject is { } r)
                {
                    outcomes.Add(new Outcome(r.StoryId, r.Origin, false, 0, r.Reason));
                    continue;
                }
                var result = coder.Code(item.Story!);
                outcomes.Add(result.Error is null
                    ? new Outcome(item.Story!.Id, item.Story.Origin ?? "", true, result.Events.Count, null)
                    : new Outcome(item.Story!.Id, item.Story.Origin ?? "", false, 0, result.Error));
            }
            return outcomes;
        });
        var sw = Stopwatch.StartNew();
        if (!task.Wait(TimeSpan.FromSeconds(seconds)))
            Assert.Fail($"no answer within {seconds} s (hang)");
        var list = task.Result;
        foreach (var o in list)
        {
            // Rejected with an input reason, never an internal error.
            if (!o.Coded)
            {
                Assert.NotNull(o.Reason);
                Assert.Matches(@"^DYAD-E1\d\d ", o.Reason);
            }
        }
        return list;
    }

    /// <summary>Codes one text directly (no reader), with a time limit.</summary>
    public static CodingResult CodeText(string text, int seconds = 20, string id = "hostile")
    {
        var coder = Coder;
        var task = Task.Run(() => coder.Code(new Dyad.Documents.Story(id, new DateOnly(2018, 4, 6), text)));
        if (!task.Wait(TimeSpan.FromSeconds(seconds)))
            Assert.Fail($"no answer within {seconds} s (hang)");
        Assert.Null(task.Result.Error);
        return task.Result;
    }
}
