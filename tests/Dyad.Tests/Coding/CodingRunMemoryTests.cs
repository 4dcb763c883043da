using System.Text;
using Dyad.Cameo;
using Dyad.Coding;
using Dyad.Pipeline;
using Dyad.Reading;
using Dyad.Text;

namespace Dyad.Tests.Coding;

public class CodingRunMemoryTests
{
    /// <summary>A stream that says how many bytes have been read from it.</summary>
    private sealed class CountingStream(Stream inner) : Stream
    {
        public long BytesRead { get; private set; }
        public override int Read(byte[] buffer, int offset, int count) { int n = inner.Read(buffer, offset, count); BytesRead += n; return n; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    private sealed class ReadAhead(CountingStream stream) : IRunSink
    {
        public long Delivered { get; private set; }
        public long MaxAhead { get; private set; }
        public void Coded(CodingResult result)
        {
            Delivered += result.Story.Text.Length + 50;
            MaxAhead = Math.Max(MaxAhead, stream.BytesRead - Delivered);
        }
        public void Rejected(Reject reject) { }
        public void Complete(RunSummary summary) { }
    }

    [Fact]
    public void Large_stories_are_batched_by_size_so_memory_stays_bounded()
    {
        // 100 stories of 200,000 characters: 128 of them would be a 20 MB batch (40 MB as strings).
        var body = string.Concat(Enumerable.Repeat("word ", 40_000));
        var jsonl = new StringBuilder();
        for (int i = 0; i < 100; i++) jsonl.Append("{\"id\": \"s").Append(i).Append("\", \"date\": \"2018-04-06\", \"text\": \"").Append(body).Append("\"}\n");
        var stream = new CountingStream(new MemoryStream(Encoding.UTF8.GetBytes(jsonl.ToString())));
        var coder = new Coder(new CodingPipeline([new TextStage()]), CameoTable.Shared);
        var sink = new ReadAhead(stream);
        var run = new CodingRun(coder, new StoryReader(new ReaderOptions()), threads: 2) { MaxBatchChars = 1_000_000 };
        var summary = run.Run(["-"], [sink], stdin: () => stream);
        Assert.Equal(100, summary.Read);
        // At most a batch's worth of characters, one more story and a read buffer are held ahead of the output.
        Assert.True(sink.MaxAhead < 1_000_000 + 200_100 + 65_536, $"read {sink.MaxAhead:N0} bytes ahead");
    }
}
