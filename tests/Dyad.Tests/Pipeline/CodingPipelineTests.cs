using Dyad.Documents;
using Dyad.Pipeline;
using Dyad.Text;

namespace Dyad.Tests.Pipeline;

public class CodingPipelineTests
{
    private sealed class NeedsParse : IStage
    {
        public string Name => "needs-parse";
        public Layer Requires => Layer.Parse;
        public Layer Assigns => Layer.Events;
        public void Process(NewsDocument document, CancellationToken cancellationToken) { }
    }

    private sealed class Throws : IStage
    {
        public string Name => "throws";
        public Layer Requires => Layer.None;
        public Layer Assigns => Layer.None;
        public void Process(NewsDocument document, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }

    [Fact]
    public void Misordered_pipeline_fails_at_construction_naming_the_stage()
    {
        var e = Assert.Throws<InvalidOperationException>(() => new CodingPipeline([new TextStage(), new NeedsParse()]));
        Assert.Contains("needs-parse", e.Message);
        Assert.Contains("Parse", e.Message);
    }

    [Fact]
    public void Stage_failure_names_the_stage()
    {
        var pipeline = new CodingPipeline([new TextStage(), new Throws()]);
        var e = Assert.Throws<StageException>(() => pipeline.Run(new NewsDocument(new Story("s", new DateOnly(2020, 1, 1), "x"))));
        Assert.Equal("throws", e.Stage);
        Assert.Contains("boom", e.Message);
    }
}
