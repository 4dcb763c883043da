using System.Text.Json;

namespace Dyad.Cli.Tests;

public class BenchCommandTests
{
    private static string Temp(string name) => Path.Combine(Path.GetTempPath(), $"dyad-bench-{Guid.NewGuid():N}-{name}");

    [Fact]
    public void Generated_corpora_are_valid_jsonl_and_the_same_for_the_same_seed()
    {
        var a = Temp("a.jsonl");
        var b = Temp("b.jsonl");
        try
        {
            Assert.Equal(0, DyadProcess.Run(null, "bench", "--generate", a, "--stories", "300", "--seed", "5").ExitCode);
            Assert.Equal(0, DyadProcess.Run(null, "bench", "--generate", b, "--stories", "300", "--seed", "5").ExitCode);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
            var lines = File.ReadAllLines(a);
            Assert.Equal(300, lines.Length);
            Assert.Equal(300, lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).Distinct().Count());
            Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(JsonDocument.Parse(l).RootElement.GetProperty("text").GetString())));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void Output_is_byte_identical_across_runs_and_thread_counts()
    {
        var corpus = Temp("corpus.jsonl");
        try
        {
            Assert.Equal(0, DyadProcess.Run(null, "bench", "--generate", corpus, "--stories", "250", "--seed", "3").ExitCode);
            // Hostile lines among the stories: rejects must not shift anything either. The generator
            // repeats samples, so duplicates are kept: the three rejects are the hostile lines.
            File.AppendAllText(corpus, "not json\n{\"id\": \"x\", \"date\": \"2018-02-30\", \"text\": \"y\"}\n{\"id\": \"e\", \"date\": \"2018-04-06\", \"text\": \"\\ud800\"}\n");
            var runs = new[] { "1", "2", "3", "1" }
                .Select(t => DyadProcess.Run(null, "code", corpus, "--no-store", "--keep-duplicates", "--threads", t))
                .ToList();
            Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
            Assert.True(runs[0].Stdout.Length > 10_000);
            Assert.All(runs, r => Assert.Equal(runs[0].Stdout, r.Stdout));
            Assert.All(runs, r => Assert.Equal(runs[0].Stderr, r.Stderr));
            Assert.EndsWith("rejected 3\n", runs[0].Stderr);
        }
        finally
        {
            File.Delete(corpus);
        }
    }

    [Fact]
    public void Bench_prints_one_json_line_of_figures()
    {
        var r = DyadProcess.Run(null, "bench", "--stories", "40", "--threads", "2");
        Assert.Equal(0, r.ExitCode);
        var line = Assert.Single(r.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var json = JsonDocument.Parse(line).RootElement;
        Assert.Equal(40, json.GetProperty("stories").GetInt64());
        Assert.Equal(0, json.GetProperty("rejected").GetInt64());
        Assert.True(json.GetProperty("sentences").GetInt64() > 100);
        Assert.True(json.GetProperty("events").GetInt64() > 0);
        Assert.Equal(2, json.GetProperty("threads").GetInt32());
        foreach (var field in new[] { "sentences_per_second", "sentences_per_second_per_thread", "sentences_per_cpu_second", "peak_working_set_mb", "time_to_first_event_ms" })
            Assert.True(json.GetProperty(field).GetDouble() > 0, field);
        Assert.Equal(JsonValueKind.Object, json.GetProperty("stage_seconds").ValueKind);
    }
}
