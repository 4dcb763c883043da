using Dyad.Documents;
using Dyad.Reading.Language;

namespace Dyad.Tests.Reading.Language;

public class LanguageScreenTests
{
    private static readonly NewsLanguageDetector Detector = new();
    private static readonly LanguageScreen Screen = new(Detector);

    private static Story S(string text, string? declared = null) => new("s", new DateOnly(2019, 6, 4), text) { Language = declared };

    [Theory]
    [InlineData("Le ministre iranien de la défense a rencontré son homologue pakistanais à Moscou mercredi et a appelé à une coopération militaire plus étroite.", "fr")]
    [InlineData("Der iranische Verteidigungsminister traf am Mittwoch in Moskau seinen pakistanischen Amtskollegen und forderte eine engere militärische Zusammenarbeit.", "de")]
    [InlineData("Министр обороны Ирана встретился в Москве со своим пакистанским коллегой и призвал к более тесному военному сотрудничеству.", "ru")]
    [InlineData("El ministro de Defensa iraní se reunió en Moscú con su homólogo paquistaní y pidió una cooperación militar más estrecha entre ambos países.", "es")]
    [InlineData("التقى وزير الدفاع الإيراني نظيره الباكستاني في موسكو ودعا إلى تعاون عسكري أوثق بين البلدين في المستقبل القريب.", "ar")]
    [InlineData("伊朗国防部长在莫斯科会见了巴基斯坦国防部长，并呼吁两国加强军事合作，共同维护地区和平与稳定，双方还讨论了反恐问题。", "zh")]
    [InlineData("O ministro da Defesa do Irã se reuniu em Moscou com seu homólogo paquistanês e pediu uma cooperação militar mais estreita.", "pt")]
    [InlineData("İran Savunma Bakanı Moskova'da Pakistanlı mevkidaşıyla görüştü ve iki ülke arasında daha yakın askeri işbirliği çağrısında bulundu.", "tr")]
    public void Stories_not_in_english_are_rejected_with_their_language(string text, string code)
    {
        var verdict = Screen.Screen(S(text));
        Assert.Null(verdict.Story);
        Assert.StartsWith($"DYAD-E115 language:{code} ", verdict.Reason);
    }

    [Fact]
    public void English_passes_and_is_marked_even_when_the_feed_declares_otherwise()
    {
        var verdict = Screen.Screen(S("Iran's defense minister Amir Hatami met his Pakistani counterpart in Moscow on Wednesday and called for closer military cooperation.", "fr"));
        Assert.Equal("en", verdict.Story!.Language);
    }

    [Theory]
    [InlineData("Japan suspended part of an economic aid program for Myanmar.")]
    [InlineData("Norway gave Ethiopia 50 million dollars of aid for schools.")]
    public void A_one_sentence_english_story_is_english(string text) =>
        Assert.Equal("en", Screen.Screen(S(text)).Story?.Language);

    [Fact]
    public void A_text_too_short_to_tell_follows_its_declared_language_or_passes()
    {
        Assert.StartsWith("DYAD-E115 language:de", Screen.Screen(S("Merkel trifft Macron", "de-DE")).Reason);
        Assert.NotNull(Screen.Screen(S("Merkel meets Macron")).Story);
    }

    [Fact]
    public void The_detector_is_thread_safe()
    {
        var english = string.Concat(Enumerable.Repeat("The Serbian defense minister praised Iran for its role in the fight against terrorism. ", 30));
        Assert.Equal("en", Detector.Detect(english));   // models loaded
        var codes = Enumerable.Range(0, 200).AsParallel().Select(_ => Detector.Detect(english)).ToList();
        Assert.All(codes, c => Assert.Equal("en", c));
    }
}
