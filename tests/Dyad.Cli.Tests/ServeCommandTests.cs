using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dyad.Cli.Tests;

/// <summary><c>dyad serve</c> as a user runs it: a child process on a free loopback port, stopped by the test.</summary>
public sealed partial class ServeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-serve-cli-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* the OS cleans /tmp */ }
    }

    [Fact]
    public void A_short_key_is_a_usage_error_and_a_missing_store_an_error_naming_it()
    {
        var shortKey = DyadProcess.Run(null, "serve", "--store", Path.Combine(_dir, "x.duckdb"), "--api-key", "short");
        Assert.Equal(2, shortKey.ExitCode);
        Assert.Contains("at least 16 characters", shortKey.Stderr);
        var missing = DyadProcess.Run(null, "serve", "--store", Path.Combine(_dir, "none.duckdb"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("dyad: DYAD-E407", missing.Stderr);
    }

    [Fact]
    public async Task Serves_a_coded_store_on_the_port_it_reports()
    {
        var store = Path.Combine(_dir, "s.duckdb");
        var coded = StoreProcess.Run(_dir, "code", Path.Combine(DyadProcess.RepoRoot, "samples"), "--store", store);
        Assert.Equal(0, coded.ExitCode);

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, RedirectStandardInput = true, WorkingDirectory = _dir };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "dyad.dll"), "serve", "--store", store, "--urls", "http://127.0.0.1:0" }) psi.ArgumentList.Add(a);
        using var server = Process.Start(psi)!;
        try
        {
            _ = server.StandardOutput.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            string? url = null;
            while (url is null)
            {
                var line = await server.StandardError.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("dyad serve ended before it listened");
                if (Listening().Match(line) is { Success: true } m) url = m.Groups[1].Value;
            }
            using var client = new HttpClient { BaseAddress = new Uri(url + "/"), Timeout = TimeSpan.FromSeconds(30) };
            var health = JsonDocument.Parse(await client.GetStringAsync("api/health")).RootElement;
            Assert.False(health.GetProperty("writable").GetBoolean());
            var page = JsonDocument.Parse(await client.GetStringAsync("api/events?limit=5&count=true")).RootElement;
            Assert.True(page.GetProperty("total").GetInt64() > 0);
            Assert.Contains("<title>Dyad", await client.GetStringAsync(""));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            server.WaitForExit(10_000);
        }
    }

    [GeneratedRegex(@"serving .* at (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
