using System.Reflection;

namespace Dyad.Resources;

/// <summary>
/// Access to the compiled data files shipped inside the Dyad assembly (src/Dyad/Data). Each text
/// data file starts with a header line <c>#FORMAT\tVERSION</c>; a reader names the format it
/// understands and refuses any other.
/// </summary>
public static class EmbeddedData
{
    private static readonly Assembly Assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Opens a data file by its path under src/Dyad/Data, e.g. <c>cameo.tsv</c> or <c>models/tagger.bin</c>.</summary>
    /// <exception cref="InvalidOperationException">The file is not in the assembly (a build problem).</exception>
    public static Stream Open(string relativePath)
    {
        var name = "Dyad.Data." + relativePath.Replace('/', '.');
        return Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(DyadErrors.Format(DyadErrors.DataMissing, relativePath));
    }

    /// <summary>Whether a data file is in the assembly.</summary>
    public static bool Exists(string relativePath) =>
        Assembly.GetManifestResourceInfo("Dyad.Data." + relativePath.Replace('/', '.')) is not null;

    /// <summary>Reads a text data file's lines after checking its header names <paramref name="format"/> version <paramref name="version"/>.</summary>
    public static IEnumerable<(int Line, string Text)> ReadLines(string relativePath, string format, int version)
    {
        using var reader = new StreamReader(Open(relativePath));
        var header = reader.ReadLine() ?? "";
        var expected = $"#{format}\t{version}";
        if (header != expected)
            throw new InvalidDataException(DyadErrors.Format(DyadErrors.DataVersion, relativePath, header, expected));
        int n = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0 || line[0] == '#') continue;
            yield return (n, line);
        }
    }
}
