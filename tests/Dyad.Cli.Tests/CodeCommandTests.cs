using System.Text.Json;

namespace Dyad.Cli.Tests;

public class CodeCommandTests
{
    [Fact]
    public void Codes_the_bundled_samples_to_jsonl_with_a_summary_that_adds_up()
    {
        var r = DyadProcess.Run(null, "code", "samples");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(lines);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty("event_id").GetString()));
        }
        var summary = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Last();
        var m = System.Text.RegularExpressions.Regex.Match(summary, @"^read (\d+), coded (\d+), no-event (\d+), rejected (\d+)$");
        Assert.True(m.Success, summary);
        int N(int g) => int.Parse(m.Groups[g].Value);
        Assert.Equal(N(1), N(2) + N(3) + N(4));
        Assert.Equal(Directory.GetFiles(Path.Combine(DyadProcess.RepoRoot, "samples"), "*.txt").Length, N(1));
    }

    [Fact]
    public void Bad_stdin_lines_are_rejected_into_the_rejects_file_and_the_run_goes_on()
    {
        var rejects = Path.Combine(Path.GetTempPath(), $"dyad-rejects-{Guid.NewGuid():N}.jsonl");
        try
        {
            var input = "{\"id\":\"ok\",\"date\":\"2018-04-06\",\"text\":\"France criticized Washington.\"}\nnot json\n{\"id\":\"x\",\"date\":\"2018-02-30\",\"text\":\"t\"}\n";
            var r = DyadProcess.Run(input, "code", "-", "--rejects", rejects, "--format", "csv", "--no-store");
            Assert.Equal(0, r.ExitCode);
            Assert.StartsWith("event_id,story_id,", r.Stdout);
            Assert.Contains("read 3, coded 1, no-event 0, rejected 2", r.Stderr);
            var lines = File.ReadAllLines(rejects);
            Assert.Equal(2, lines.Length);
            using var second = JsonDocument.Parse(lines[1]);
            Assert.Equal("x", second.RootElement.GetProperty("id").GetString());
            Assert.Equal("<stdin>:3", second.RootElement.GetProperty("origin").GetString());
            Assert.StartsWith("DYAD-E105", second.RootElement.GetProperty("reason").GetString());
        }
        finally
        {
            File.Delete(rejects);
        }
    }

    [Theory]
    [InlineData("code", "/no/such/path")]
    [InlineData("code", "samples", "--no-such-option")]
    [InlineData("code", "samples", "--format", "xml")]
    [InlineData("no-such-verb")]
    public void Usage_errors_exit_2_with_one_line(params string[] args)
    {
        var r = DyadProcess.Run(null, args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("dyad: ", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}

public class CandidateReportTests
{
    [Fact]
    public void Unknown_names_acting_in_events_are_reported_as_new_actor_candidates()
    {
        var report = Path.Combine(Path.GetTempPath(), $"dyad-candidates-{Guid.NewGuid():N}.jsonl");
        try
        {
            var input = "{\"id\":\"c1\",\"date\":\"2019-06-20\",\"text\":\"Zorblax Quintavius praised France on Monday.\"}\n";
            var r = DyadProcess.Run(input, "code", "-", "--no-store", "--candidates", report);
            Assert.Equal(0, r.ExitCode);
            var line = Assert.Single(File.ReadAllLines(report));
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            Assert.Equal("c1", doc.RootElement.GetProperty("story_id").GetString());
            Assert.Equal("Zorblax Quintavius", doc.RootElement.GetProperty("text").GetString());
            Assert.Equal("source", doc.RootElement.GetProperty("role").GetString());
            Assert.Equal("praised", doc.RootElement.GetProperty("trigger").GetString());
        }
        finally
        {
            File.Delete(report);
        }
    }
}
