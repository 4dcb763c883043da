using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;

// The cluster test runs several processes on two shared cores: nothing else from this assembly beside it.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Dyad.Cluster.Tests;

/// <summary>A fresh PostgreSQL database on the DYAD_TEST_PG server (set by .ci/run), dropped on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    private static readonly string? Server = Environment.GetEnvironmentVariable("DYAD_TEST_PG");
    private readonly string _name;

    private TestDatabase(string name, string connectionString)
    {
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    /// <summary>A new database, or null (with a line saying so) when no server is configured.</summary>
    public static TestDatabase? TryCreate(string purpose)
    {
        if (string.IsNullOrEmpty(Server))
        {
            Console.WriteLine($"{purpose} skipped: DYAD_TEST_PG is not set (.ci/run sets it)");
            return null;
        }
        var name = $"dyad_cluster_{Guid.NewGuid():N}";
        Execute(Server, $"CREATE DATABASE {name}");
        return new TestDatabase(name, new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString);
    }

    public long Count(string sql) => Convert.ToInt64(Scalar(sql));

    public object? Scalar(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        return command.ExecuteScalar();
    }

    public List<string> Strings(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(reader.IsDBNull(0) ? "" : reader.GetValue(0).ToString()!);
        return rows;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Execute(Server!, $"DROP DATABASE IF EXISTS {_name} WITH (FORCE)");
    }

    private static void Execute(string server, string sql)
    {
        using var c = new NpgsqlConnection(server);
        c.Open();
        using var command = new NpgsqlCommand(sql, c);
        command.ExecuteNonQuery();
    }
}

/// <summary>The built <c>dyad</c> as a child process with its standard error collected line by line, so a test can wait for a line or kill it.</summary>
internal sealed class DyadChild : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    public DyadChild(string workingDirectory, params string[] args)
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
        _process = new Process { StartInfo = psi };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) _lines.Enqueue(e.Data); };
        _process.Start();
        _process.StandardInput.Close();
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
    }

    public IReadOnlyList<string> Lines => [.. _lines];

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for a line that contains <paramref name="text"/>; false when the time runs out or the process ends first.</summary>
    public bool WaitForLine(string text, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < timeout)
        {
            if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal))) return true;
            if (_process.HasExited) return _lines.Any(l => l.Contains(text, StringComparison.Ordinal));
            Thread.Sleep(100);
        }
        return false;
    }

    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // drains the asynchronous readers
        return true;
    }

    /// <summary>SIGKILL: the process gets no chance to give anything back.</summary>
    public void Kill()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        try { Kill(); }
        catch (InvalidOperationException) { /* never started or already gone */ }
        _process.Dispose();
    }
}

internal static class TestPorts
{
    /// <summary>Ports free on loopback right now (the OS picks them).</summary>
    public static int[] Free(int count)
    {
        var listeners = Enumerable.Range(0, count).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        foreach (var l in listeners) l.Start();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        foreach (var l in listeners) l.Stop();
        return ports;
    }
}

/// <summary>A generated JSONL corpus: the bundled samples' texts under many ids, dates and outlets, with some bad lines.</summary>
internal static class Corpus
{
    public static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return dir.FullName;
            throw new InvalidOperationException("Dyad.slnx not found");
        }
    }

    /// <summary>Writes <paramref name="stories"/> stories; every line number in <paramref name="badLines"/> is replaced by a line that is rejected.</summary>
    public static void Write(string path, int stories, params int[] badLines)
    {
        var texts = Directory.GetFiles(Path.Combine(RepoRoot, "samples"), "*.txt").Order()
            .Select(File.ReadAllText).Select(t => t.StartsWith("date ", StringComparison.Ordinal) ? t[(t.IndexOf('\n') + 1)..] : t).ToArray();
        string[] outlets = ["reuters", "afp", "ap"];
        using var w = new StreamWriter(path);
        for (int i = 0; i < stories; i++)
        {
            int line = i + 1;
            if (badLines.Contains(line))
            {
                w.Write(line % 2 == 0 ? "{not json" : JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"s{i:D6}", ["text"] = "no date" }));
            }
            else
            {
                var date = new DateOnly(2019, 1 + i % 12, 1 + i % 28).ToString("yyyy-MM-dd");
                w.Write(JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = $"s{i:D6}", ["date"] = date, ["text"] = texts[i % texts.Length], ["source"] = outlets[i % 3] }));
            }
            w.Write('\n');
        }
    }
}
