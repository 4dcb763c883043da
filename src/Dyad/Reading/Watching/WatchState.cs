using System.Globalization;
using System.Text;
using Dyad.Reading.Dedup;

namespace Dyad.Reading.Watching;

/// <summary>
/// What <c>dyad watch</c> has done, kept in a folder (by default <c>.dyad-watch</c> inside the
/// watched folder, which the reader skips as hidden): <c>files.tsv</c> lists each file coded with
/// its size and modification time (one line each, readable), <c>duplicates.bin</c> the duplicate
/// index. Each is replaced atomically (written beside, then renamed), the index first, so a kill
/// leaves a state that at worst reads some files again and skips the stories they coded. A file is done when its size and time are unchanged; a file
/// that changed (a feed that grew) is read again, and the stories it already coded are skipped.
/// </summary>
public sealed class WatchState
{
    private const string FilesName = "files.tsv", DuplicatesName = "duplicates.bin", Header = "# dyad watch state v1: path\tbytes\tmodified_utc_ticks";

    private readonly string _folder;
    private readonly Dictionary<string, (long Bytes, long Ticks)> _done;

    private WatchState(string folder, Dictionary<string, (long, long)> done, DuplicateIndex duplicates)
    {
        _folder = folder;
        _done = done;
        Duplicates = duplicates;
    }

    /// <summary>The duplicate index carried from run to run.</summary>
    public DuplicateIndex Duplicates { get; }

    /// <summary>Files recorded as done.</summary>
    public int FileCount => _done.Count;

    /// <summary>Loads the state kept in <paramref name="folder"/>, or a fresh one when there is none.</summary>
    public static WatchState Load(string folder)
    {
        var done = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        var files = Path.Combine(folder, FilesName);
        if (File.Exists(files))
        {
            foreach (var line in File.ReadLines(files))
            {
                if (line.StartsWith('#') || line.Length == 0) continue;
                var parts = line.Split('\t');
                if (parts.Length != 3 || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var bytes)
                    || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks))
                    throw new InvalidDataException($"{files}: bad line '{line}'");
                done[parts[0]] = (bytes, ticks);
            }
        }
        var dupPath = Path.Combine(folder, DuplicatesName);
        DuplicateIndex duplicates;
        if (File.Exists(dupPath))
        {
            using var stream = File.OpenRead(dupPath);
            duplicates = DuplicateIndex.Load(stream);
        }
        else duplicates = new DuplicateIndex();
        return new WatchState(folder, done, duplicates);
    }

    /// <summary>True when <paramref name="file"/> was coded as it is now.</summary>
    public bool IsDone(FileInfo file) =>
        _done.TryGetValue(file.FullName, out var d) && d.Bytes == file.Length && d.Ticks == file.LastWriteTimeUtc.Ticks;

    /// <summary>Records <paramref name="file"/> as coded in its present size and time.</summary>
    public void MarkDone(FileInfo file) => _done[file.FullName] = (file.Length, file.LastWriteTimeUtc.Ticks);

    /// <summary>Writes the state atomically.</summary>
    public void Save()
    {
        Directory.CreateDirectory(_folder);
        var text = new StringBuilder(Header).Append('\n');
        foreach (var (path, (bytes, ticks)) in _done.OrderBy(d => d.Key, StringComparer.Ordinal))
            text.Append(path).Append('\t').Append(bytes.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(ticks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        // Duplicates first: killed between the two, the files are read again and their stories are skipped as seen.
        Replace(Path.Combine(_folder, DuplicatesName), Duplicates.Save);
        Replace(Path.Combine(_folder, FilesName), s => s.Write(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Replace(string path, Action<Stream> write)
    {
        var temp = path + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temp, path, overwrite: true);
    }
}
