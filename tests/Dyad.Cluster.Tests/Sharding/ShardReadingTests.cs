using Dyad.Cluster.Sharding;
using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Cluster.Tests.Sharding;

public sealed class ShardReadingTests : IDisposable
{
    private static readonly Lazy<Coder> SharedCoder = new(Coder.CreateDefault);
    private readonly string _temp = Directory.CreateTempSubdirectory("dyad-shard-read-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Coding_a_file_shard_by_shard_gives_what_one_run_over_the_file_gives_origins_included()
    {
        var file = Path.Combine(_temp, "c.jsonl");
        Corpus.Write(file, 40, badLines: [7, 20, 40]);
        var whole = new Collect();
        var summary = new CodingRun(SharedCoder.Value, new StoryReader(new ReaderOptions()), 1).Run([file], [whole]);

        var sharded = new Collect();
        var total = new RunSummary();
        foreach (var shard in CorpusCutter.Cut([file], 6))
            total = ShardReading.Add(total, ShardReading.Run(SharedCoder.Value, shard.Pieces, sharded, threads: 2, new ReaderOptions()));

        Assert.Equal(summary, total);
        Assert.Equal(3, total.Rejected);
        Assert.Equal(whole.Items, sharded.Items);
        Assert.Contains(sharded.Items, i => i.StartsWith($"reject {file}:20 ", StringComparison.Ordinal));
    }

    private sealed class Collect : IRunSink
    {
        public List<string> Items { get; } = [];

        public void Coded(CodingResult result) =>
            Items.Add($"story {result.Story.Id} {result.Story.Origin} {string.Join(',', result.Events.Select(e => e.EventId))}");

        public void Rejected(Reject reject) => Items.Add($"reject {reject.Origin} {reject.StoryId} {reject.Reason}");

        public void Complete(RunSummary summary) { }
    }
}
