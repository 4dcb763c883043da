using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// Subcode rules of the sixth codebook pass, each on a sentence written for these tests (not taken from the
/// codebook or the sample stories); each asserts the exact CAMEO code.
/// </summary>
public class CodebookRulesFTests
{
    [Fact]
    public void A_curfew_is_its_own_sanction() =>
        AssertCode("Egyptian authorities imposed a curfew on the city of Suez after clashes between police and fans.", "1723");

    [Fact]
    public void A_formal_protest_outranks_the_charge_it_carries()
    {
        var codes = CodeExact("Greece lodged a formal protest with Turkey on Monday, charging it with violating Greek airspace.").Select(e => e.Code).ToList();
        Assert.Contains("114", codes);
        Assert.DoesNotContain("112", codes);
    }

    [Fact]
    public void A_demanded_session_is_a_demand_to_meet_whatever_it_discusses() =>
        AssertCode("Russia demanded an urgent session of the Security Council to discuss the military buildup on its border.", "106");

    [Theory]
    [InlineData("Britain said on Friday that the Sudanese government must reach a settlement with the rebels before development aid is released.")]
    [InlineData("Norway said Sudan must reach an agreement that ends the war before any aid is released.")]
    public void A_clause_of_time_is_not_what_is_demanded(string text)
    {
        var codes = CodeExact(text).Select(e => e.Code).ToList();
        Assert.Contains("107", codes);
        Assert.DoesNotContain("1053", codes);
    }

    [Fact]
    public void An_end_to_an_embargo_is_asked_for_the_embargo() =>
        AssertCode("Cuba urged the United Nations to put an end to the American embargo.", "0254");

    [Fact]
    public void A_ban_on_relief_flights_asks_for_access() =>
        AssertCode("A Norwegian charity urged Ethiopia to lift its ban on relief flights to the Ogaden region.", "0255");

    [Fact]
    public void A_place_word_the_parser_took_for_an_adjective_is_no_demand_subject() =>
        AssertCode("Farmers in Zimbabwe began a hunger strike outside parliament to demand the return of property taken by the state.", "1423");

    [Theory]
    [InlineData("Israeli helicopter gunships hit a Hamas office in Gaza on Tuesday.")]
    [InlineData("Turkish jets killed 15 Kurdish rebels in northern Iraq.")]
    public void Force_used_by_aircraft_is_aerial(string text) => AssertCode(text, "195");

    [Fact]
    public void Killing_an_office_holder_is_an_assassination() =>
        AssertCode("Taliban insurgents killed the governor of Helmand province on Monday.", "186");

    [Theory]
    [InlineData("The European Union issued a warning to Serbia that it must cooperate with the war crimes tribunal.", "SRB")]
    [InlineData("Britain issued a stern reminder Monday to Syria that it must cooperate fully with UN investigators.", "SYR")]
    public void A_nouns_that_clause_is_what_it_demands_and_its_subject_the_target(string text, string target) =>
        Assert.Contains(DefaultCoder.Code(new Story("t", new DateOnly(2005, 6, 1), text)).Events, e => e.Cameo == "101" && e.Target.Code.StartsWith(target, StringComparison.Ordinal));

    [Theory]
    [InlineData("Italy renewed an appeal to Brazil to extradite a former militant convicted of murder.", "0213")]
    [InlineData("Cuba made a fresh appeal to the United Nations to end the American embargo.", "0254")]
    public void An_appeal_made_takes_its_subcode_from_what_it_asks(string text, string code) => AssertCode(text, code);

    [Theory]
    [InlineData("Sri Lanka rejected an Indian offer to host peace talks with the Tamil rebels.")]
    [InlineData("The Ethiopian government on Monday declined a Kenyan proposal to mediate between it and Eritrea.")]
    public void A_rejected_offer_to_host_or_mediate_is_rejected_mediation(string text) => AssertCode(text, "126");
}
