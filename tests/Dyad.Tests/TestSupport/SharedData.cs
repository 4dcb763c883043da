namespace Dyad.Tests.TestSupport;

/// <summary>Finds ../shared beside the checkout; tests that need it skip cleanly without it.</summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "data"))) return candidate;
            candidate = Path.Combine(dir.FullName, "..", "shared");
            if (Directory.Exists(Path.Combine(candidate, "data")) && File.Exists(Path.Combine(dir.FullName, "Dyad.slnx")))
                return Path.GetFullPath(candidate);
        }
        return null;
    });

    /// <summary>The shared folder, or null when it is absent.</summary>
    public static string? Folder => Root.Value;

    /// <summary>A path inside shared/, or null when shared/ is absent.</summary>
    public static string? PathTo(params string[] parts) => Folder is null ? null : Path.Combine([Folder, .. parts]);

    /// <summary>A file under shared/data (e.g. <c>ud/en_ewt-ud-test.conllu</c>), or null when it is absent.</summary>
    public static string? Find(string relativeUnderData) =>
        PathTo(["data", .. relativeUnderData.Split('/')]) is { } p && File.Exists(p) ? p : null;

    /// <summary>Why a test needing <paramref name="relativeUnderShared"/> files must skip, or null when they are all there.</summary>
    public static string? MissingReason(string[] relativeUnderShared)
    {
        foreach (var f in relativeUnderShared)
            if (PathTo(f.Split('/')) is not { } p || !File.Exists(p))
                return $"needs ../shared/{f} beside the checkout (not found above {AppContext.BaseDirectory})";
        return null;
    }

    /// <summary>The repository root (holding Dyad.slnx).</summary>
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Dyad.slnx not found above " + AppContext.BaseDirectory);
        }
    }
}

/// <summary>A temporary folder deleted at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "dyad-test-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string text)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllText(p, text);
        return p;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var p = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(p)!);
        File.WriteAllBytes(p, bytes);
        return p;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>A fact that is reported as skipped, with the reason, when files of ../shared are absent.</summary>
internal sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(params string[] files) => Skip = SharedData.MissingReason(files);
}

/// <summary>A theory that is reported as skipped, with the reason, when files of ../shared are absent.</summary>
internal sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(params string[] files) => Skip = SharedData.MissingReason(files);
}
