using System.IO.Compression;
using System.Text;
using Dyad.Cluster.Sharding;

namespace Dyad.Cluster.Tests.Sharding;

public sealed class CorpusCutterTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("dyad-cutter-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_jsonl_file_is_cut_at_line_starts_into_ranges_that_cover_it_exactly()
    {
        var file = Path.Combine(_temp, "c.jsonl");
        var lines = Enumerable.Range(1, 10).Select(i => $"{{\"n\":{i}}}" + new string(' ', i)).ToArray();
        File.WriteAllText(file, string.Join('\n', lines)); // the last line has no newline

        var shards = CorpusCutter.Cut([file], 3);

        Assert.Equal([3L, 3, 3, 1], shards.Select(s => s.Lines));
        Assert.Equal([1, 4, 7, 10], shards.Select(s => s.Pieces.Single().FirstLine));
        Assert.Equal(0, shards[0].Pieces[0].Start);
        for (int i = 1; i < shards.Count; i++) Assert.Equal(shards[i - 1].Pieces[0].End, shards[i].Pieces[0].Start);
        Assert.Equal(new FileInfo(file).Length, shards[^1].Pieces[0].End);
        var bytes = File.ReadAllBytes(file);
        var second = Encoding.UTF8.GetString(bytes, (int)shards[1].Pieces[0].Start, (int)(shards[1].Pieces[0].End!.Value - shards[1].Pieces[0].Start));
        Assert.Equal(string.Join('\n', lines[3..6]) + "\n", second);
    }

    [Fact]
    public void A_range_boundary_falls_on_a_read_block_boundary_without_losing_a_line()
    {
        // Lines of 1 MiB exactly (with their newline) end on the cutter's read blocks.
        var file = Path.Combine(_temp, "big.jsonl");
        var line = new string('x', (1 << 20) - 1) + "\n";
        File.WriteAllText(file, line + line + line);
        var shards = CorpusCutter.Cut([file], 2);
        Assert.Equal([2L, 1], shards.Select(s => s.Lines));
        Assert.Equal(2L << 20, shards[0].Pieces[0].End);
        Assert.Equal(3L << 20, shards[1].Pieces[0].End);
    }

    [Fact]
    public void Text_files_are_grouped_and_gzipped_files_stay_whole_in_folder_order()
    {
        var folder = Path.Combine(_temp, "corpus");
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt" }) File.WriteAllText(Path.Combine(folder, name), "date 2020-01-01\nText.");
        using (var gz = new GZipStream(File.Create(Path.Combine(folder, "d.jsonl.gz")), CompressionLevel.Fastest))
            gz.Write("{}\n"u8);
        File.WriteAllText(Path.Combine(folder, "e.txt"), "date 2020-01-01\nText.");

        var shards = CorpusCutter.Cut([folder], 2);

        Assert.Equal(["a.txt b.txt", "c.txt", "d.jsonl.gz", "e.txt"],
            shards.Select(s => string.Join(' ', s.Pieces.Select(p => Path.GetFileName(p.Path)))));
        Assert.All(shards.SelectMany(s => s.Pieces), p => Assert.True(p.IsWholeFile && Path.IsPathRooted(p.Path)));
        Assert.Equal([0, 1, 2, 3], shards.Select(s => s.Number));
    }

    [Fact]
    public void Pieces_survive_the_round_trip_through_the_shard_table()
    {
        var spec = new ShardSpec(4, [new ShardPiece("/data/c.jsonl", 10, 99, 3), ShardPiece.WholeFile("/data/x.txt")], 2);
        Assert.Equal(spec.Pieces.ToArray(), ShardSpec.ParsePieces(spec.PiecesJson()).ToArray());
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error_before_any_shard()
    {
        Assert.Throws<FileNotFoundException>(() => CorpusCutter.Cut([Path.Combine(_temp, "missing.jsonl")], 10));
    }
}
