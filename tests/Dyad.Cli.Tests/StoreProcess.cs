using System.Diagnostics;
using System.Text.Json;

namespace Dyad.Cli.Tests;

/// <summary>Runs the built <c>dyad</c> in a chosen working folder (for the default store) or in the background (to kill it).</summary>
internal static class StoreProcess
{
    private static ProcessStartInfo Info(string workingDirectory, string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = workingDirectory,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "dyad.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        return psi;
    }

    public static DyadProcess.Result Run(string workingDirectory, params string[] args)
    {
        using var p = Process.Start(Info(workingDirectory, args))!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        p.StandardInput.Close();
        if (!p.WaitForExit(300_000)) { p.Kill(true); throw new TimeoutException("dyad did not finish in 300 s"); }
        return new DyadProcess.Result(p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts dyad and drains its output in the background; the caller kills or waits.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var p = Process.Start(Info(workingDirectory, args))!;
        p.StandardInput.Close();
        _ = p.StandardOutput.ReadToEndAsync();
        _ = p.StandardError.ReadToEndAsync();
        return p;
    }
}

/// <summary>A generated JSONL corpus: the bundled samples' texts under many ids, dates and outlets (code it with --keep-duplicates: the texts repeat).</summary>
internal static class Corpus
{
    public static int Write(string path, int stories)
    {
        var texts = Directory.GetFiles(Path.Combine(DyadProcess.RepoRoot, "samples"), "*.txt").Order()
            .Select(f => File.ReadAllText(f)).Select(t => t.StartsWith("date ", StringComparison.Ordinal) ? t[(t.IndexOf('\n') + 1)..] : t).ToArray();
        string[] outlets = ["reuters", "afp", "ap"];
        using var w = new StreamWriter(path);
        for (int i = 0; i < stories; i++)
        {
            var date = new DateOnly(2019, 1 + i % 12, 1 + i % 28).ToString("yyyy-MM-dd");
            w.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"s{i:D6}", ["date"] = date, ["text"] = texts[i % texts.Length], ["source"] = outlets[i % 3] }));
            w.Write('\n');
        }
        return stories;
    }
}

internal static class Postgres
{
    public static void Execute(string server, string sql)
    {
        using var c = new Npgsql.NpgsqlConnection(server);
        c.Open();
        using var command = new Npgsql.NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }
}
