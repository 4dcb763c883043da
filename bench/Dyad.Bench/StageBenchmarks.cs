using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Dyad.Cli.Bench;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Bench;

/// <summary>A fixed corpus for the stage benchmarks: stories generated from the bundled samples.</summary>
internal static class BenchCorpus
{
    public const int Stories = 200;

    private static readonly Lazy<Story[]> s_stories = new(() =>
    {
        var bytes = new CorpusGenerator(seed: 7).ToBytes(Stories);
        return new StoryReader(new ReaderOptions()).ReadJsonl(new MemoryStream(bytes), "bench").Select(r => r.Story!).ToArray();
    });

    private static readonly Lazy<long> s_sentences = new(() =>
    {
        var text = new Text.TextStage();
        long n = 0;
        foreach (var story in s_stories.Value)
        {
            var doc = new NewsDocument(story);
            text.Process(doc, default);
            n += doc.SentenceCount;
        }
        return n;
    });

    public static Story[] Load() => s_stories.Value;

    public static long Sentences => s_sentences.Value;
}

/// <summary>Sentences per second of one benchmark invocation (which codes the whole bench corpus).</summary>
internal sealed class SentencesPerSecondColumn : IColumn
{
    public string Id => nameof(SentencesPerSecondColumn);
    public string ColumnName => "Sentences/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => $"Sentences of the {BenchCorpus.Stories}-story bench corpus ({BenchCorpus.Sentences:N0}) per second of mean time";
    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats) return "-";
        return (BenchCorpus.Sentences / (stats.Mean / 1e9)).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>In-process runs (no generated projects), one invocation per iteration (documents are re-made between).</summary>
internal sealed class StageConfig : ManualConfig
{
    public StageConfig()
    {
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)
            .WithInvocationCount(1).WithUnrollFactor(1).WithWarmupCount(2).WithIterationCount(12));
        AddColumn(new SentencesPerSecondColumn());
        WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}

/// <summary>
/// Each stage of the default pipeline alone: documents are annotated up to the stage before it
/// (outside the timing), then the stage runs over the whole bench corpus.
/// </summary>
[Config(typeof(StageConfig))]
public class StageBenchmarks
{
    private IStage[] _stages = [];
    private Story[] _stories = [];
    private NewsDocument[] _documents = [];
    private int _index;

    /// <summary>The stage measured.</summary>
    [Params("text", "tag", "parse", "mentions", "coref", "events", "places")]
    public string Stage { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        _stages = [.. Coder.DefaultStages()];
        _index = Array.FindIndex(_stages, s => s.Name == Stage);
        if (_index < 0) throw new InvalidOperationException($"no stage '{Stage}'");
        _stories = BenchCorpus.Load();
    }

    [IterationSetup]
    public void Prepare()
    {
        _documents = new NewsDocument[_stories.Length];
        for (int d = 0; d < _stories.Length; d++)
        {
            var doc = new NewsDocument(_stories[d]);
            for (int s = 0; s < _index; s++) _stages[s].Process(doc, default);
            _documents[d] = doc;
        }
    }

    [Benchmark]
    public void Run()
    {
        var stage = _stages[_index];
        foreach (var doc in _documents) stage.Process(doc, default);
    }
}

/// <summary>The whole coder (every stage and the emit step) over the bench corpus, on one thread.</summary>
[Config(typeof(StageConfig))]
public class PipelineBenchmarks
{
    private Coder _coder = null!;
    private Story[] _stories = [];

    [GlobalSetup]
    public void Setup()
    {
        _coder = Coder.CreateDefault();
        _stories = BenchCorpus.Load();
    }

    [Benchmark]
    public int Code()
    {
        int events = 0;
        foreach (var story in _stories) events += _coder.Code(story).Events.Count;
        return events;
    }
}

/// <summary>Runs the BenchmarkDotNet suites (<c>stages</c> verb).</summary>
internal static class StageSuite
{
    public static void Run(string[] args) =>
        BenchmarkSwitcher.FromTypes([typeof(StageBenchmarks), typeof(PipelineBenchmarks)]).Run(args.Length == 0 ? ["--filter", "*"] : args);
}
