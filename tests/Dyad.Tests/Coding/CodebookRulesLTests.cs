using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the codebook pass over roots 03 and 12–17 (second pass), each on a sentence written for these tests
/// (not taken from the codebook or the sample stories).
/// </summary>
public class CodebookRulesLTests
{
    [Theory]
    [InlineData("Jordan will permit up to 5,000 Palestinian refugees who fled to Iraq to return home under the agreement.", "JOR", "PSEREF")]
    [InlineData("Kenya will allow up to 20,000 Somali refugees who have lived in its camps for years to return home next year.", "KEN", "SOMREF")]
    public void A_number_bounded_by_up_to_counts_the_object(string text, string source, string target) =>
        AssertHasCode(CodeExact(text), source, target, "0343");
}
