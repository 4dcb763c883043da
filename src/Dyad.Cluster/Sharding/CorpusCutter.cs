using System.Collections.Immutable;
using Dyad.Reading;

namespace Dyad.Cluster.Sharding;

/// <summary>
/// Cuts a corpus (the paths of <c>dyad code</c>: files and folders) into shards of about
/// <c>storiesPerShard</c> stories, in corpus order. A plain JSONL file is cut at line boundaries
/// after one sequential pass that counts lines; text files are grouped; a gzipped file is one
/// shard (it cannot be entered in the middle). Nothing is parsed here: bad lines are the silos'
/// rejects, counted like every other story.
/// </summary>
public static class CorpusCutter
{
    private const int Block = 1 << 20;

    /// <summary>The shards of <paramref name="paths"/>; a path that does not exist throws <see cref="FileNotFoundException"/>.</summary>
    public static IReadOnlyList<ShardSpec> Cut(IEnumerable<string> paths, int storiesPerShard)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(storiesPerShard, 1);
        var shards = new List<ShardSpec>();
        var texts = ImmutableArray.CreateBuilder<ShardPiece>();
        void FlushTexts()
        {
            if (texts.Count == 0) return;
            shards.Add(new ShardSpec(shards.Count, texts.ToImmutable(), texts.Count));
            texts.Clear();
        }
        foreach (var file in Files(paths))
        {
            if (IsPlainJsonl(file))
            {
                FlushTexts();
                foreach (var (start, end, firstLine, lines) in LineRanges(file, storiesPerShard))
                    shards.Add(new ShardSpec(shards.Count, [new ShardPiece(file, start, end, firstLine)], lines));
            }
            else if (file.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                FlushTexts();
                shards.Add(new ShardSpec(shards.Count, [ShardPiece.WholeFile(file)], 1));
            }
            else
            {
                texts.Add(ShardPiece.WholeFile(file));
                if (texts.Count >= storiesPerShard) FlushTexts();
            }
        }
        FlushTexts();
        return shards;
    }

    /// <summary>Every file under the paths, absolute, in the order <c>dyad code</c> reads them.</summary>
    public static IEnumerable<string> Files(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                foreach (var (file, error) in StoryReader.EnumerateFolder(full))
                    if (error is null) yield return file;
                    else throw new IOException($"cannot list {file}: {error}");
            }
            else if (File.Exists(full)) yield return full;
            else throw new FileNotFoundException(DyadErrors.Format(DyadErrors.PathNotFound, path), path);
        }
    }

    private static bool IsPlainJsonl(string file) =>
        file.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    /// <summary>Byte ranges of <paramref name="linesPerRange"/> lines each (the last may be shorter).</summary>
    internal static IEnumerable<(long Start, long End, int FirstLine, long Lines)> LineRanges(string file, int linesPerRange)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, Block, FileOptions.SequentialScan);
        var buffer = new byte[Block];
        long offset = 0, start = 0;
        int line = 1, firstLine = 1, inRange = 0;
        bool pendingBytes = false;
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            int from = 0;
            while (true)
            {
                int i = buffer.AsSpan(from, n - from).IndexOf((byte)'\n');
                if (i < 0) { pendingBytes = from < n; break; }
                from += i + 1;
                line++;
                inRange++;
                if (inRange == linesPerRange)
                {
                    long end = offset + from;
                    yield return (start, end, firstLine, inRange);
                    start = end;
                    firstLine = line;
                    inRange = 0;
                }
                pendingBytes = false;
            }
            offset += n;
        }
        // A last line without its newline still counts.
        if (pendingBytes || start < offset) yield return (start, offset, firstLine, inRange + (pendingBytes ? 1 : 0));
    }
}
