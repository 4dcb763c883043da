using Dyad.Coding;
using Dyad.Documents;
using Dyad.Output;

namespace Dyad.Tests.Coding;

/// <summary>
/// Single news sentences through the whole default coder (trained models, dictionaries, patterns):
/// the shapes of real wire copy that a treebank-trained parser or a literal dictionary gets wrong.
/// The sentences are written for these tests, not taken from the codebook or the gold stories.
/// </summary>
public class SentenceCodingTests
{
    private static readonly Coder Coder = Coder.CreateDefault();

    private static List<(string Source, string Target, string Root)> Code(string text, string date = "2005-06-01")
    {
        var result = Coder.Code(new Story("t", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), text));
        Assert.Null(result.Error);
        return result.Events.Select(e => (e.Source.Code, e.Target.Code, e.Root)).ToList();
    }

    [Theory]
    [InlineData("Kenyan President Mwai Kibaki on Monday urged Tanzania to hand over the suspects.", "KENGOV", "TZA", "02")]
    [InlineData("Indian business leaders Friday called on Pakistan to open its markets.", "IND", "PAK", "02")]
    [InlineData("Polish police today arrested two Belarusian smugglers.", "POLCOP", "BLR", "17")]
    public void A_day_between_subject_and_verb_is_not_the_subject(string text, string source, string target, string root)
    {
        var events = Code(text);
        Assert.True(events.Exists(e => e.Source.StartsWith(source, StringComparison.Ordinal) && e.Target.StartsWith(target, StringComparison.Ordinal) && e.Root == root), string.Join(" ", events));
    }
}
