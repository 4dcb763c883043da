using Dyad.Coding;
using Dyad.Documents;
using static Dyad.Tests.TestSupport.CodedSentences;

namespace Dyad.Tests.Coding;

/// <summary>
/// General rules for verbal and material conflict (roots 09–20) found on the CAMEO codebook's
/// examples: each sentence is written for these tests, not taken from the codebook or the samples.
/// </summary>
public class CodebookRulesBTests
{
    [Theory]
    [InlineData("Up to 300 ethnic Serbs demonstrated on Sunday against the Croatian government.", "SRB", "HRVGOV", "14")]
    public void A_subject_opened_by_up_to_is_the_subject(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Up to 400 ethnic Hungarians began a hunger strike on Monday to protest against Romania's language law.", "HUN", "ROU", "14")]
    public void A_protest_is_against_whom_its_purpose_names(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Ethiopian troops launched artillery, mortar, and rocket fire against Eritrean army camps near the border on Tuesday.", "ETHMIL", "ERIMIL", "19")]
    public void Fire_coordinated_with_the_object_keeps_its_target(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Iran has threatened to suspend talks to limit its nuclear programme if France keeps up its sanctions.", "IRN", "FRA", "13")]
    public void A_threat_is_aimed_at_whom_a_condition_deep_in_it_names(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("An Italian minister reiterated that Egypt must hand over the suspected smugglers of the Greek ship.", "ITAGOV", "EGY", "10")]
    public void A_noun_tagged_word_after_a_modal_is_the_verb(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("The United Nations on Friday reduced food aid to Somali refugees in Kenya because the roads were flooded.", "IGOUNO", "SOMREF", "16")]
    public void A_finite_verb_in_a_clause_of_reason_does_not_make_the_main_verb_a_reduced_relative(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Ghana on Monday announced the suspension of diplomatic relations with Togo.", "GHA", "TGO", "16")]
    [InlineData("Kenya ordered a halt of all flights with Somalia after the attack.", "KEN", "SOM", "16")]
    public void An_announced_suspension_of_ties_or_links_reduces_relations(string text, string source, string target, string root) =>
        AssertHas(Code(text), source, target, root);

    [Theory]
    [InlineData("Israel said it would tighten the blockade of Gaza.", "ISR", "PSE", "1381")]
    [InlineData("The Ethiopian army said it will seize the Eritrean town of Badme.", "ETHMIL", "ERI", "1382")]
    public void A_blockade_or_seizure_announced_for_the_future_is_that_threat(string text, string source, string target, string cameo)
    {
        var result = DefaultCoder.Code(new Story("t", new DateOnly(2005, 6, 1), text));
        Assert.Null(result.Error);
        Assert.True(result.Events.Any(e => e.Source.Code.StartsWith(source, StringComparison.Ordinal) && e.Target.Code.StartsWith(target, StringComparison.Ordinal) && e.Cameo == cameo),
            string.Join(" ", result.Events.Select(e => $"{e.Source.Code}>{e.Target.Code}:{e.Cameo}")));
    }
}
