namespace Dyad.Tests.Analysis;

/// <summary>Finds the shared reference data (../shared/data next to the repository); null when absent.</summary>
internal static class SharedData
{
    public static string? Find(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "data", relative), Path.Combine(dir.FullName, "..", "shared", "data", relative) })
            {
                if (File.Exists(candidate)) return Path.GetFullPath(candidate);
            }
        }
        return null;
    }
}
