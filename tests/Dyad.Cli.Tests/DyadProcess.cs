using System.Diagnostics;

namespace Dyad.Cli.Tests;

/// <summary>Runs the built <c>dyad</c> program as a child process, as a user would.</summary>
internal static class DyadProcess
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static string DyadDll => Path.Combine(AppContext.BaseDirectory, "dyad.dll");

    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Dyad.slnx not found");
        }
    }

    public static Result Run(string? stdin, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = RepoRoot,
        };
        psi.ArgumentList.Add(DyadDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (stdin is not null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("dyad did not finish in 120 s"); }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
