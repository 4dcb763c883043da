namespace Dyad.Tests.Analysis.Parsing;

/// <summary>Finds <c>shared/data/ud</c> by walking up from the test binaries; null when absent.</summary>
internal static class ParserTestData
{
    public static readonly string? UdFolder = Find();

    public static string Ud(string file) => Path.Combine(UdFolder ?? throw new InvalidOperationException("UD data not found."), file);

    private static string? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "ud");
            if (File.Exists(Path.Combine(candidate, "en_ewt-ud-test.conllu"))) return candidate;
        }
        return null;
    }
}

/// <summary>A fact that is skipped, with a reason, when the UD English-EWT files are not available.</summary>
internal sealed class UdDataFactAttribute : FactAttribute
{
    public UdDataFactAttribute()
    {
        if (ParserTestData.UdFolder is null) Skip = "UD English-EWT not found (looked for shared/data/ud above the test directory).";
    }
}
