using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dyad.Documents;

namespace Dyad.Reading;

/// <summary>
/// Reads stories from text files, JSONL files (either optionally gzipped), folders (recursively,
/// in ordinal path order) and standard input (<c>-</c>, JSONL). Streaming: one story in memory at a
/// time. Anything that cannot be read becomes a <see cref="Reject"/> naming the file, line and
/// reason; reading goes on.
/// </summary>
public sealed partial class StoryReader(ReaderOptions options)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [GeneratedRegex(@"\A\s*date\s+(\S+)[ \t]*(\r?\n)?", RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    /// <summary>Reads every path in order. A path that does not exist is a reject, not an exception.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths, Func<Stream>? stdin = null)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                using var stream = (stdin ?? Console.OpenStandardInput)();
                foreach (var r in ReadJsonl(stream, "<stdin>")) yield return r;
            }
            else if (Directory.Exists(path))
            {
                foreach (var (file, error) in EnumerateFolder(path))
                {
                    if (error is not null)
                    {
                        yield return ReadResult.Rejected(null, file, DyadErrors.Format(DyadErrors.Unreadable, error));
                        continue;
                    }
                    foreach (var r in ReadFile(file)) yield return r;
                }
            }
            else if (File.Exists(path))
            {
                foreach (var r in ReadFile(path)) yield return r;
            }
            else
            {
                yield return ReadResult.Rejected(null, path, DyadErrors.Format(DyadErrors.PathNotFound, path));
            }
        }
    }

    /// <summary>
    /// Files below a folder, recursively, sorted ordinally; hidden entries and symbolic links to
    /// folders are skipped (no loops). A folder that cannot be listed comes back with its error.
    /// </summary>
    public static IEnumerable<(string Path, string? Error)> EnumerateFolder(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            string? error = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                files = [];
                dirs = [];
                error = e.Message;
            }
            if (error is not null)
            {
                yield return (dir, error);
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
                if (!Path.GetFileName(f).StartsWith('.')) yield return (f, null);
            for (int i = dirs.Length - 1; i >= 0; i--)
            {
                var info = new DirectoryInfo(dirs[i]);
                if (info.Name.StartsWith('.') || info.LinkTarget is not null) continue;
                pending.Push(dirs[i]);
            }
        }
    }

    /// <summary>
    /// Reads one file, gzipped or not: JSONL, an RSS/Atom feed, an HTML page or one text story, told
    /// apart by content (<see cref="Formats.ContentSniffer"/>).
    /// </summary>
    public IEnumerable<ReadResult> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        bool gz = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);
        var inner = gz ? name[..^3] : name;
        Stream? stream = null;
        string? error = null;
        try
        {
            stream = File.OpenRead(path);
            if (gz) stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            error = e.Message;
        }
        if (stream is null)
        {
            yield return ReadResult.Rejected(null, path, DyadErrors.Format(DyadErrors.Unreadable, error));
            yield break;
        }
        using (stream)
        {
            // Sniff the format from the first bytes, then read from the start again.
            byte[] head;
            try
            {
                head = ReadCapped(stream, Formats.ContentSniffer.HeadBytes);
            }
            catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
            {
                head = [];
                error = e.Message;
            }
            if (error is not null)
            {
                yield return ReadResult.Rejected(null, path, DyadErrors.Format(DyadErrors.Unreadable, error));
                yield break;
            }
            var format = Formats.ContentSniffer.Sniff(head, inner);
            var id = Path.GetFileNameWithoutExtension(inner);
            using var whole = new Formats.PrefixedStream(head, stream);
            switch (format)
            {
                case Formats.InputFormat.Jsonl:
                    foreach (var r in ReadJsonl(whole, path)) yield return r;
                    break;
                case Formats.InputFormat.Feed or Formats.InputFormat.Html:
                    foreach (var r in Formats.MarkupInput.Read(format, whole, id, path, options))
                        yield return r.Story is { } story ? Validate(story, story.Origin ?? path) : r;
                    break;
                default:
                    yield return ReadTextStory(whole, id, path);
                    break;
            }
        }
    }

    private ReadResult ReadTextStory(Stream stream, string id, string origin)
    {
        byte[] bytes;
        try
        {
            bytes = ReadCapped(stream, options.MaxStoryBytes + 64 * 1024);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException)
        {
            return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.Unreadable, e.Message));
        }
        if (bytes.Length > options.MaxStoryBytes + 64 * 1024 - 1)
            return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.TooLarge, bytes.Length, options.MaxStoryBytes));
        if (Array.IndexOf(bytes, (byte)0) >= 0)
            return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.BinaryData));
        string text;
        try
        {
            var body = bytes.AsSpan();
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) body = body[3..];
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.NotUtf8, $"byte offset {e.Index}"));
        }
        var match = DateLine().Match(text);
        DateOnly date;
        if (match.Success)
        {
            if (!TryParseDate(match.Groups[1].Value, out date))
                return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.BadDate, match.Groups[1].Value));
            text = text[match.Length..];
        }
        else if (options.DefaultDate is { } d) date = d;
        else return ReadResult.Rejected(id, origin, DyadErrors.Format(DyadErrors.NoDate));
        return Validate(new Story(id, date, text) { Origin = origin }, origin);
    }

    private ReadResult Validate(Story story, string origin)
    {
        if (string.IsNullOrWhiteSpace(story.Text))
            return ReadResult.Rejected(story.Id, origin, DyadErrors.Format(DyadErrors.EmptyText));
        int bytes = Encoding.UTF8.GetByteCount(story.Text);
        if (bytes > options.MaxStoryBytes)
            return ReadResult.Rejected(story.Id, origin, DyadErrors.Format(DyadErrors.TooLarge, bytes, options.MaxStoryBytes));
        if (story.Text.Contains('\0'))
            return ReadResult.Rejected(story.Id, origin, DyadErrors.Format(DyadErrors.BinaryData));
        return ReadResult.Ok(story);
    }

    /// <summary>Reads at most about <paramref name="cap"/> bytes (whole 80 KB chunks: the caller checks the length).</summary>
    internal static byte[] ReadCapped(Stream stream, int cap)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, n);
            if (buffer.Length >= cap) break;
        }
        return buffer.ToArray();
    }

    /// <summary>Reads JSONL: one story a line. Blank lines are skipped; every other line is a story or a reject.</summary>
    public IEnumerable<ReadResult> ReadJsonl(Stream stream, string origin)
    {
        int lineLimit = options.MaxStoryBytes + 64 * 1024;
        var lines = new LineSplitter(stream, lineLimit);
        IEnumerator<(int Line, byte[]? Bytes, long Length)> e;
        e = lines.GetEnumerator();
        while (true)
        {
            ReadResult? failure = null;
            try
            {
                if (!e.MoveNext()) break;
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException)
            {
                failure = ReadResult.Rejected(null, $"{origin}:{lines.LineNumber}", DyadErrors.Format(DyadErrors.Unreadable, ex.Message));
            }
            if (failure is { } f)
            {
                yield return f;
                yield break;
            }
            var (line, bytes, length) = e.Current;
            var where = $"{origin}:{line}";
            if (bytes is null)
            {
                yield return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.TooLarge, length, options.MaxStoryBytes));
                continue;
            }
            if (IsBlank(bytes)) continue;
            yield return ParseJsonLine(bytes, where);
        }
    }

    private static bool IsBlank(byte[] bytes)
    {
        foreach (var b in bytes) if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')) return false;
        return true;
    }

    private ReadResult ParseJsonLine(byte[] bytes, string where)
    {
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
            return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.NotUtf8, "in this line"));
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException ex)
        {
            return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.NotJson, ex.Message));
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.NotJsonObject));
            // "\ud800" is valid JSON but not text: System.Text.Json throws when asked for such a string.
            if (bytes.AsSpan().IndexOf("\\u"u8) >= 0 && LoneSurrogate(root) is { } field)
                return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.NotUtf8, $"a \\u escape in '{field}' is a lone surrogate"));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in root.EnumerateObject())
                if (!seen.Add(p.Name)) return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.DuplicateKey, p.Name));

            string? id = null;
            if (root.TryGetProperty("id", out var idEl))
            {
                id = idEl.ValueKind switch
                {
                    JsonValueKind.String => idEl.GetString(),
                    JsonValueKind.Number => idEl.GetRawText(),
                    _ => null,
                };
                if (id is null) return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.WrongFieldType, "id", "string"));
            }
            else return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.MissingField, "id"));
            if (string.IsNullOrWhiteSpace(id)) return ReadResult.Rejected(null, where, DyadErrors.Format(DyadErrors.MissingField, "id"));

            if (!root.TryGetProperty("date", out var dateEl))
                return ReadResult.Rejected(id, where, DyadErrors.Format(DyadErrors.MissingField, "date"));
            if (dateEl.ValueKind != JsonValueKind.String)
                return ReadResult.Rejected(id, where, DyadErrors.Format(DyadErrors.WrongFieldType, "date", "string"));
            if (!TryParseDate(dateEl.GetString()!, out var date))
                return ReadResult.Rejected(id, where, DyadErrors.Format(DyadErrors.BadDate, dateEl.GetString()));

            if (!root.TryGetProperty("text", out var textEl))
                return ReadResult.Rejected(id, where, DyadErrors.Format(DyadErrors.MissingField, "text"));
            if (textEl.ValueKind != JsonValueKind.String)
                return ReadResult.Rejected(id, where, DyadErrors.Format(DyadErrors.WrongFieldType, "text", "string"));

            string? Optional(string name) =>
                root.TryGetProperty(name, out var el) && el.ValueKind == JsonValueKind.String ? el.GetString() : null;

            var story = new Story(id, date, textEl.GetString()!)
            {
                Title = Optional("title"),
                Url = Optional("url"),
                Source = Optional("source"),
                Language = Optional("language"),
                Origin = where,
            };
            return Validate(story, where);
        }
    }

    /// <summary>The first top-level key or string value holding an escaped lone surrogate (its key, or its position), else null.</summary>
    private static string? LoneSurrogate(JsonElement root)
    {
        int index = 0;
        foreach (var p in root.EnumerateObject())
        {
            string name;
            try
            {
                name = p.Name;
            }
            catch (InvalidOperationException)
            {
                return $"key {index + 1}";
            }
            try
            {
                if (p.Value.ValueKind == JsonValueKind.String) _ = p.Value.GetString();
            }
            catch (InvalidOperationException)
            {
                return name;
            }
            index++;
        }
        return null;
    }

    /// <summary>Parses <c>YYYY-MM-DD</c>, or the date part of an ISO 8601 timestamp; impossible dates fail.</summary>
    public static bool TryParseDate(string value, out DateOnly date)
    {
        var s = value.Trim();
        if (s.Length > 10 && (s[10] == 'T' || s[10] == ' ')) s = s[..10];
        return DateOnly.TryParseExact(s, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.None, out date);
    }

    /// <summary>
    /// Splits a byte stream into lines (ended by LF, CRLF or a lone CR) without decoding; a line over
    /// the cap is skipped and reported. A CR cannot occur inside a JSON string, so a lone CR is a line end.
    /// </summary>
    private sealed class LineSplitter(Stream stream, int cap)
    {
        public int LineNumber { get; private set; }

        public IEnumerator<(int Line, byte[]? Bytes, long Length)> GetEnumerator()
        {
            var buffer = new byte[64 * 1024];
            var line = new MemoryStream();
            long length = 0;
            bool overflow = false;
            int n;
            bool crAtEnd = false; // the previous buffer ended on a CR: a line end unless an LF follows
            while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                int from = 0;
                if (crAtEnd && buffer[0] != (byte)'\n')
                {
                    LineNumber++;
                    yield return (LineNumber, overflow ? null : line.ToArray(), length);
                    line.SetLength(0);
                    length = 0;
                    overflow = false;
                }
                crAtEnd = false;
                for (int i = 0; i < n; i++)
                {
                    // A line ends at LF, CRLF, or a lone CR (old Mac files).
                    if (buffer[i] == (byte)'\r')
                    {
                        if (i + 1 == n) { crAtEnd = true; continue; }
                        if (buffer[i + 1] == (byte)'\n') continue;
                    }
                    else if (buffer[i] != (byte)'\n') continue;
                    Append(buffer.AsSpan(from, i - from));
                    LineNumber++;
                    yield return (LineNumber, overflow ? null : line.ToArray(), length);
                    line.SetLength(0);
                    length = 0;
                    overflow = false;
                    from = i + 1;
                }
                Append(buffer.AsSpan(from, n - from));
            }
            if (length > 0)
            {
                LineNumber++;
                yield return (LineNumber, overflow ? null : line.ToArray(), length);
            }

            void Append(ReadOnlySpan<byte> bytes)
            {
                length += bytes.Length;
                if (overflow) return;
                if (line.Length + bytes.Length > cap)
                {
                    overflow = true;
                    line.SetLength(0);
                    return;
                }
                line.Write(bytes);
            }
        }
    }
}
