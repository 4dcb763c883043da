using System.Text;
using System.Text.RegularExpressions;
using Dyad.Reading.Feeds;
using Dyad.Reading.Pages;

namespace Dyad.Reading.Formats;

/// <summary>
/// Reads a feed or page file whole (up to <see cref="ReaderOptions.MaxMarkupBytes"/>), decodes it —
/// UTF-8, else the charset its XML declaration or <c>&lt;meta charset&gt;</c> names — and hands the
/// text to <see cref="FeedStoryReader"/> or <see cref="PageStoryReader"/>.
/// </summary>
internal static partial class MarkupInput
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static MarkupInput() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"(?:encoding|charset)\s*=\s*[""']?(?<cs>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Charset();

    public static IEnumerable<ReadResult> Read(InputFormat format, Stream stream, string stem, string origin, ReaderOptions options)
    {
        byte[] bytes;
        string? error = null;
        try
        {
            bytes = StoryReader.ReadCapped(stream, options.MaxMarkupBytes + 1);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            bytes = [];
            error = e.Message;
        }
        if (error is not null)
        {
            yield return ReadResult.Rejected(null, origin, DyadErrors.Format(DyadErrors.Unreadable, error));
            yield break;
        }
        if (bytes.Length > options.MaxMarkupBytes)
        {
            yield return ReadResult.Rejected(null, origin, DyadErrors.Format(DyadErrors.TooLarge, bytes.Length, options.MaxMarkupBytes));
            yield break;
        }
        var text = Decode(bytes);
        if (text is null)
        {
            yield return ReadResult.Rejected(null, origin, DyadErrors.Format(DyadErrors.NotUtf8, "and no charset this reader knows is declared"));
            yield break;
        }
        var results = format == InputFormat.Feed
            ? new FeedStoryReader(options).Read(text, stem, origin)
            : new PageStoryReader(options).Read(text, stem, origin);
        foreach (var r in results) yield return r;
    }

    private static string? Decode(byte[] bytes)
    {
        var body = bytes.AsSpan();
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
        try
        {
            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 2048)]);
            var m = Charset().Match(head);
            if (!m.Success) return null;
            try
            {
                return Encoding.GetEncoding(m.Groups["cs"].Value).GetString(body);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

}

/// <summary>A stream that yields <c>head</c> then the rest of <c>tail</c>: lets a sniffed stream be read from its start.</summary>
internal sealed class PrefixedStream(byte[] head, Stream tail) : Stream
{
    private int _position;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count)
    {
        if (_position < head.Length)
        {
            int n = Math.Min(count, head.Length - _position);
            Array.Copy(head, _position, buffer, offset, n);
            _position += n;
            return n;
        }
        return tail.Read(buffer, offset, count);
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) tail.Dispose();
        base.Dispose(disposing);
    }
}
