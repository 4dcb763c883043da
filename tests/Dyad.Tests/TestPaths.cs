namespace Dyad.Tests;

/// <summary>Finds the repository root (the folder holding Dyad.slnx) and the shared data beside it.</summary>
internal static class TestPaths
{
    public static string RepoRoot { get; } = FindRoot();

    /// <summary><c>../shared/data/petrarch</c> beside the repository, or null when absent.</summary>
    public static string? PetrarchData
    {
        get
        {
            foreach (var candidate in new[] { Path.Combine(RepoRoot, "..", "shared", "data", "petrarch"), "/work/shared/data/petrarch" })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
            return null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
        throw new InvalidOperationException("Dyad.slnx not found above the test assembly.");
    }
}
