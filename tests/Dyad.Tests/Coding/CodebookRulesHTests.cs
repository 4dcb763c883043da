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

    [Fact]
    public void The_parties_to_a_conflict_are_of_the_country_it_is_in() =>
        AssertHasCode(CodeExact("A UN envoy demanded the parties to the war in Yemen allow aid workers free access to the port of Hodeidah."), "IGOUNOGOV", "YEMPTY", "1055");

    [Fact]
    public void A_freedom_demanded_for_no_aid_worker_stays_a_right() =>
        AssertCode("France demanded that Iran respect the freedom of the press.", "1043");
}
