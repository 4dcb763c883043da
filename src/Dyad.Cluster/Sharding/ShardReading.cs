using System.Globalization;
using Dyad.Coding;
using Dyad.Reading;

namespace Dyad.Cluster.Sharding;

/// <summary>
/// Codes one shard's pieces with the same <see cref="CodingRun"/> as <c>dyad code</c>. A byte range
/// is read as a JSONL stream; its stories and rejects are then given the origin a whole-file read
/// would give them (<c>path:line</c>), so a cluster run stores exactly what one process stores.
/// </summary>
public static class ShardReading
{
    /// <summary>Reads and codes every piece into <paramref name="sink"/>; the counts cover every story read.</summary>
    public static RunSummary Run(Coder coder, IEnumerable<ShardPiece> pieces, IRunSink sink, int threads,
        ReaderOptions options, CancellationToken cancellationToken = default)
    {
        var total = new RunSummary();
        foreach (var piece in pieces)
        {
            var run = new CodingRun(coder, new StoryReader(options), threads);
            var summary = piece.IsWholeFile
                ? run.Run([piece.Path], [sink], cancellationToken: cancellationToken)
                : run.Run(["-"], [new OriginSink(sink, piece)], stdin: () => Open(piece), cancellationToken: cancellationToken);
            total = Add(total, summary);
        }
        return total;
    }

    /// <summary>The sum of two run summaries.</summary>
    public static RunSummary Add(RunSummary a, RunSummary b) =>
        new(a.Read + b.Read, a.Coded + b.Coded, a.NoEvent + b.NoEvent, a.Rejected + b.Rejected, a.Events + b.Events) { Skipped = a.Skipped + b.Skipped };

    private static Stream Open(ShardPiece piece)
    {
        // A missing file is the silo's problem (a share not mounted), not a bad story: fail the shard so another silo can try.
        var file = new FileStream(piece.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        file.Seek(piece.Start, SeekOrigin.Begin);
        return new RangeStream(file, piece.End!.Value - piece.Start);
    }

    /// <summary>Renames <c>&lt;stdin&gt;:N</c> origins to <c>path:line</c> before passing results on.</summary>
    private sealed class OriginSink(IRunSink inner, ShardPiece piece) : IRunSink
    {
        private const string StdinPrefix = "<stdin>:";

        public void Coded(CodingResult result) =>
            inner.Coded(result with { Story = result.Story with { Origin = Rename(result.Story.Origin) } });

        public void Rejected(Reject reject) => inner.Rejected(reject with { Origin = Rename(reject.Origin)! });

        public void Complete(RunSummary summary) => inner.Complete(summary);

        private string? Rename(string? origin)
        {
            if (origin is null || !origin.StartsWith(StdinPrefix, StringComparison.Ordinal)) return origin;
            var line = int.Parse(origin.AsSpan(StdinPrefix.Length), CultureInfo.InvariantCulture);
            return string.Create(CultureInfo.InvariantCulture, $"{piece.Path}:{piece.FirstLine + line - 1}");
        }
    }

    /// <summary>A read-only window of <c>length</c> bytes from the inner stream's current position.</summary>
    private sealed class RangeStream(Stream inner, long length) : Stream
    {
        private long _left = length;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_left <= 0) return 0;
            int n = inner.Read(buffer, offset, (int)Math.Min(count, _left));
            _left -= n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
