using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Rules of the eighth codebook pass (roots 06–10), each on a sentence written for these tests (not taken from the
/// codebook or the sample stories).
/// </summary>
public class CodebookRulesHTests
{
    [Fact]
    public void A_payment_to_a_counted_group_keeps_its_object() =>
        AssertHasCode(CodeExact("Germany paid compensation to 40 Polish families for land seized during the war."), "DEU", "POLCVL", "080");

    [Fact]
    public void A_past_administration_is_its_country_s_government() =>
        AssertHas(Code("The Reagan administration secretly sold weapons to Iran, a former aide said.", "2005-01-01"), "USAGOV", "IRN", "07");
}
