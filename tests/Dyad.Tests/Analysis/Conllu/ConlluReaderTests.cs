using Dyad.Analysis.Conllu;

namespace Dyad.Tests.Analysis.Conllu;

public class ConlluReaderTests
{
    private const string Sample =
        "# newdoc id = d1\n" +
        "# sent_id = s1\n" +
        "# text = I don't know.\n" +
        "1\tI\tI\tPRON\tPRP\tCase=Nom\t4\tnsubj\t4:nsubj\t_\n" +
        "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
        "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n" +
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n" +
        "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n" +
        "4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n" +
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n" +
        "\n";

    [Fact]
    public void ReadsWordsAndSkipsRangesAndEmptyNodes()
    {
        var s = Assert.Single(ConlluReader.Parse(Sample));
        Assert.Equal("s1", s.Id);
        Assert.Equal("I don't know.", s.Text);
        Assert.Equal(new[] { "I", "do", "n't", "know", "." }, s.Words.Select(w => w.Form));
        Assert.Equal("not", s.Words[2].Lemma);
        Assert.Equal(4, s.Words[0].Head);
        Assert.Equal("root", s.Words[3].Deprel);
        Assert.False(s.Words[3].SpaceAfter);
        var mwt = Assert.Single(s.MultiwordTokens);
        Assert.Equal((2, 3, "don't"), (mwt.First, mwt.Last, mwt.Form));
    }

    [Fact]
    public void WriterRoundTrips()
    {
        var s = Assert.Single(ConlluReader.Parse(Sample));
        var text = ConlluWriter.Format(s);
        Assert.Equal(Sample.Replace("4.1\tknow\tknow\tVERB\tVB\t_\t_\t_\t4:conj\t_\n", ""), text);
        Assert.Equal(s.Words.AsEnumerable(), Assert.Single(ConlluReader.Parse(text)).Words.AsEnumerable());
    }
}
