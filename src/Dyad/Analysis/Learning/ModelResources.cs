namespace Dyad.Analysis.Learning;

/// <summary>
/// Opens a model embedded in the Dyad assembly by its dotted name ("Dyad.Data.models.tagger.bin").
/// The csproj builds names from %(RecursiveDir), which keeps the OS path separator
/// ("Dyad.Data.models/tagger.bin" on Linux), so separators are treated as dots.
/// </summary>
internal static class ModelResources
{
    public static Stream Open(string dottedName)
    {
        var assembly = typeof(ModelResources).Assembly;
        var stream = assembly.GetManifestResourceStream(dottedName);
        if (stream is null)
        {
            var actual = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == dottedName);
            stream = actual is null ? null : assembly.GetManifestResourceStream(actual);
        }
        if (stream is null) throw new InvalidOperationException($"The bundled model '{dottedName}' is missing from the Dyad assembly.");
        return new BufferedStream(stream, 1 << 16);
    }
}
