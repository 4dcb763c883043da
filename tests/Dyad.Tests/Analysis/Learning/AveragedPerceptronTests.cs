using Dyad.Analysis.Learning;

namespace Dyad.Tests.Analysis.Learning;

public class AveragedPerceptronTests
{
    // A toy "tagging" problem: class 0 for words ending in -s, class 1 for words ending in -ed,
    // class 2 otherwise; features are the word and its last letters.
    private static readonly string[] Words =
        ["talks", "held", "walked", "cats", "dog", "meetings", "jumped", "tree", "played", "books",
         "house", "opened", "cars", "sky", "visited", "birds", "sun", "closed", "maps", "moon"];

    private static int Gold(string w) => w.EndsWith('s') ? 0 : w.EndsWith("ed", StringComparison.Ordinal) ? 1 : 2;

    private static ulong[] Features(string w) =>
    [
        FeatureHash.Feature(1, FeatureHash.Of(w)),
        FeatureHash.Feature(2, FeatureHash.Of(w.AsSpan(w.Length - 1))),
        FeatureHash.Feature(3, FeatureHash.Of(w.AsSpan(w.Length - 2))),
        FeatureHash.Feature(0, 0),
    ];

    private static PerceptronModel TrainToy()
    {
        var p = new AveragedPerceptron(3);
        var scratch = new float[3];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            foreach (var w in Words)
            {
                var f = Features(w);
                p.Update(f, Gold(w), p.Predict(f, scratch));
            }
        }
        return p.ToModel();
    }

    [Fact]
    public void LearnsToyProblemAndGeneralisesBySuffix()
    {
        var model = TrainToy();
        var scratch = new float[3];
        Assert.All(Words, w => Assert.Equal(Gold(w), model.Predict(Features(w), scratch)));
        Assert.Equal(0, model.Predict(Features("tables"), scratch));
        Assert.Equal(1, model.Predict(Features("painted"), scratch));
    }

    [Fact]
    public void SaveLoadRoundTripsAndIsByteIdentical()
    {
        var a = Save(TrainToy());
        var b = Save(TrainToy());
        Assert.Equal(a, b);
        var loaded = PerceptronModel.Read(new BinaryReader(new MemoryStream(a)));
        var original = TrainToy();
        var s1 = new float[3];
        var s2 = new float[3];
        foreach (var w in Words.Append("unseen"))
        {
            original.Score(Features(w), s1);
            loaded.Score(Features(w), s2);
            Assert.Equal(s1, s2);
        }
        Assert.Equal(a, Save(loaded));
    }

    [Fact]
    public void RejectsForeignData()
    {
        var bytes = new byte[16];
        Assert.Throws<InvalidDataException>(() => PerceptronModel.Read(new BinaryReader(new MemoryStream(bytes))));
    }

    [Fact]
    public void FeatureHashIsStableAcrossProcesses()
    {
        // Models store these hashes: they must never change.
        Assert.Equal(FeatureHash.Of("talks"), FeatureHash.Of("talks".AsSpan()));
        Assert.NotEqual(FeatureHash.Combine(1, 2), FeatureHash.Combine(2, 1));
        Assert.Equal(PinnedTalksHash, FeatureHash.Feature(5, FeatureHash.Of("talks")));
    }

    private const ulong PinnedTalksHash = 15366859720863497973UL;

    private static byte[] Save(PerceptronModel m)
    {
        var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, System.Text.Encoding.UTF8, leaveOpen: true)) m.Write(w);
        return ms.ToArray();
    }
}
