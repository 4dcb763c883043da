using Dyad.Coding;
using Dyad.Output;
using Dyad.Reading;
using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Coding;

public class CodingRunTests
{
    private sealed class Collect : IRunSink
    {
        public List<string> Lines { get; } = [];
        public List<Reject> Rejects { get; } = [];
        public RunSummary? Final { get; private set; }
        public void Coded(CodingResult result) => Lines.AddRange(result.Events.Select(EventJson.Serialize));
        public void Rejected(Reject reject) => Rejects.Add(reject);
        public void Complete(RunSummary summary) => Final = summary;
    }

    private static string Corpus(TempFolder tmp)
    {
        var lines = new List<string>();
        for (int i = 0; i < 300; i++)
        {
            lines.Add(i % 50 == 7
                ? "{\"id\": \"bad" + i + "\", \"date\": \"2018-13-01\", \"text\": \"x\"}"
                : i % 3 == 0
                    ? $$"""{"id": "s{{i}}", "date": "2018-04-06", "text": "France criticized Washington over the deal. Russia met China in Moscow."}"""
                    : $$"""{"id": "s{{i}}", "date": "2018-04-06", "text": "The weather was fine on day {{i}}."}""");
        }
        return tmp.Write("corpus.jsonl", string.Join('\n', lines));
    }

    [Fact]
    public void Output_is_identical_whatever_the_thread_count_and_the_summary_adds_up()
    {
        using var tmp = new TempFolder();
        var path = Corpus(tmp);
        var coder = Coder.CreateDefault();
        var one = new Collect();
        var four = new Collect();
        var s1 = new CodingRun(coder, new StoryReader(new ReaderOptions()), 1, batchPerThread: 7).Run([path], [one]);
        var s4 = new CodingRun(coder, new StoryReader(new ReaderOptions()), 4, batchPerThread: 7).Run([path], [four]);
        Assert.Equal(one.Lines, four.Lines);
        Assert.Equal(s1, s4);
        Assert.Equal(300, s1.Read);
        Assert.Equal(6, s1.Rejected);
        Assert.Equal(s1.Read, s1.Coded + s1.NoEvent + s1.Rejected);
        Assert.True(s1.Coded > 0 && s1.NoEvent > 0);
        Assert.Equal(s1, one.Final);
        Assert.All(one.Rejects, r => Assert.StartsWith("DYAD-E105", r.Reason));
    }
}
