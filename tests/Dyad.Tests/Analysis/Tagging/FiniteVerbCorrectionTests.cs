using Dyad.Analysis.Tagging;

namespace Dyad.Tests.Analysis.Tagging;

public class FiniteVerbCorrectionTests
{
    private static string[] Fix(string words, string tags)
    {
        var w = words.Split(' ');
        var x = tags.Split(' ');
        var u = x.Select(t => t.StartsWith("VB", StringComparison.Ordinal) ? "VERB" : "X").ToArray();
        FiniteVerbCorrection.Apply(w, u, x);
        return x;
    }

    [Fact]
    public void A_participle_right_after_its_subject_with_no_finite_verb_is_past_tense()
    {
        Assert.Equal("VBD", Fix("Zambia extradited the militant , officials said", "NNP VBN DT NN , NNS VBD")[1]);
        Assert.Equal("VBD", Fix("Yeltsin on Saturday hosted Hashimoto", "NNP IN NNP VBN NNP")[3]);
        Assert.Equal("VBD", Fix("Cavusoglu later held talks", "NNP RBR VBN NNS")[2]);
        // A possessive is no auxiliary.
        Assert.Equal("VBD", Fix("Egypt ’s foreign minister held talks", "NNP POS JJ NN VBN NNS")[4]);
        // A finite verb inside a that-clause is the complement's: "told" is still the main verb.
        Assert.Equal("VBD", Fix("Wang told reporters that China opposed interference", "NN VBN NNS IN NNP VBD NN")[1]);
        // Coordinated with a finite verb, the participle is finite too.
        Assert.Equal("VBD", Fix("Protesters burned flags and called for a boycott", "NNS VBN NNS CC VBD IN DT NN")[1]);
    }

    [Fact]
    public void Passives_perfects_and_reduced_relatives_keep_their_participle()
    {
        Assert.Equal("VBN", Fix("Iraq was attacked by Iran", "NNP VBD VBN IN NNP")[2]);
        Assert.Equal("VBN", Fix("Iran has attacked Iraq", "NNP VBZ VBN NNP")[2]);
        Assert.Equal("VBN", Fix("Troops deployed in Kosovo said they were ready", "NNS VBN IN NNP VBD PRP VBD JJ")[1]);
    }
}
