using Dyad.Coding;
using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// General coding rules in the machinery shared by all CAMEO roots (tagging, mentions, sources,
/// targets, modes), each on a sentence written for these tests (not taken from the codebook or the
/// gold stories).
/// </summary>
public class CodebookRulesCTests
{
    [Theory]
    [InlineData("The Serbs reject proposed Albanian changes to the plan.", "SRB", "ALB", "12")]
    [InlineData("Polish police yesterday arrest two Belarusian smugglers.", "POLCOP", "BLR", "17")]
    public void A_present_tense_after_a_plural_subject_is_the_verb_not_a_noun(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Kenya said Tuesday Uganda must hand over the suspects.", "KEN", "UGA", "10")]
    public void A_weekday_is_not_part_of_the_name_after_it(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Croatian authorities today release a fishing boat owned by a Slovenian company.", "HRVGOV", "SVNBUS", "08")]
    [InlineData("Chile rejected a peace plan proposed by Bolivia.", "CHL", "BOL", "12")]
    public void A_thing_owned_or_proposed_by_an_actor_is_that_actors(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);
    [Theory]
    [InlineData("Serbian forces prepared to resume shelling Albanian rebel positions.", "SRBMIL", "ALBREB", "15")]
    [InlineData("Ethiopian troops are preparing to attack Eritrean positions.", "ETHMIL", "ERI", "15")]
    public void Preparing_an_attack_is_a_show_of_force_not_the_attack(string text, string source, string target, string root)
    {
        var events = Code(text);
        AssertHas(events, source, target, root);
        AssertNone(events, "19");
        AssertNone(events, "18");
    }

    [Theory]
    [InlineData("The Greek navy confirmed it would tighten the blockade of the Turkish coast.", "GRCMIL", "TUR", "13")]
    public void A_future_act_confirmed_is_still_only_stated(string text, string source, string target, string root)
    {
        var events = Code(text);
        AssertHas(events, source, target, root);
        AssertNone(events, "19");
    }
    [Fact]
    public void Whom_a_demand_is_made_of_is_not_what_it_demands()
    {
        // "workers" is who is pressed, not a demand about aid workers (1055); the strike to cancel is what is demanded.
        var result = DefaultCoder.Code(new Story("t", new DateOnly(2005, 6, 1), "Bolivian authorities have been pressuring hospital workers to cancel their strike."));
        Assert.Contains(result.Events, e => e.Source.Code == "BOLGOV" && e.Cameo == "1052");
        Assert.DoesNotContain(result.Events, e => e.Cameo == "1055");
    }
    [Fact]
    public void A_claim_whose_that_clause_the_parser_hangs_on_the_verb_is_still_only_claimed()
    {
        var events = Code("Turkey rejected allegations by Greece that it was preparing to attack Cyprus.");
        Assert.DoesNotContain(events, e => e.Target.StartsWith("CYP", StringComparison.Ordinal));
        AssertHas(events, "TUR", "GRC", "01");
    }
}
