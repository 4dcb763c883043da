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

    [Fact]
    public void A_crowd_of_a_nations_people_protesting_a_named_act_demonstrates() =>
        AssertHasCode(CodeExact("Hundreds of Egyptians took to the streets of Cairo to protest the rights abuses of the security services."), "EGYCVL", "EGYGOV", "1413");

    [Fact]
    public void A_crowd_of_a_nations_people_are_civilians() =>
        AssertHas(Code("Dozens of Palestinians protested against the Israeli closure of the West Bank."), "PSECVL", "ISR", "14");

    [Fact]
    public void A_state_protesting_an_act_does_not_demonstrate() =>
        AssertNone(Code("Russia protested the expulsion of its diplomats from Estonia."), "14");

    [Fact]
    public void A_singular_body_after_a_plural_actor_is_no_appositive_of_it()
    {
        var events = Code("Greek police have beaten Afghan migrants, a human rights group protested on Monday.");
        AssertHas(events, "GRCCOP", "AFGREF", "18");
        AssertNone(events, "14");
    }

    [Theory]
    [InlineData("Turkey says it will not admit any more refugees if war starts in Syria.", "TUR", "SYRREF")]
    [InlineData("Kenya will not accept more refugees fleeing the war in Somalia.", "KEN", "SOMREF")]
    public void Refugees_refused_are_of_the_war_the_sentence_places(string text, string source, string target) =>
        AssertHasCode(CodeExact(text), source, target, "1223");

    [Fact]
    public void Refugees_taken_in_are_granted_asylum() =>
        AssertHasCode(CodeExact("Iran accepted 2,000 Afghan refugees last year."), "IRN", "AFGREF", "075");

    [Fact]
    public void Refugees_with_no_war_placed_stay_unplaced() =>
        Assert.Empty(Code("Iran will accept more refugees if peace talks collapse in Geneva."));

    [Theory]
    [InlineData("Serbian paramilitaries have vowed to fight until they take control of villages near Bosnia's border with Croatia.", "SRB", "BIH")]
    [InlineData("Armenian fighters vowed to fight until they seize control of towns in Azerbaijan.", "ARMUAF", "AZE")]
    public void A_vow_to_fight_until_territory_is_taken_threatens_its_country(string text, string source, string target) =>
        AssertHasCode(CodeExact(text), source, target, "1382");

    [Fact]
    public void A_fight_until_another_yields_threatens_no_occupation() =>
        AssertNoCode(CodeExact("Armenian fighters vowed to fight until Azerbaijan ends its blockade."), "1382");
}
