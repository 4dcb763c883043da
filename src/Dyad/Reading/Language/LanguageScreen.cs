using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Reading.Language;

/// <summary>
/// Lets only English stories through to coding: the others are rejected with reason
/// <c>language:xx</c> (counted with the run's rejects), never coded as if they were English. The
/// text decides; the language a feed, page or record declares is used only when the text is too
/// short to tell (a wrong CMS setting must not reject an English story). A passed story carries
/// its language (<c>en</c>) into the store.
/// </summary>
public sealed class LanguageScreen(NewsLanguageDetector detector)
{
    /// <summary>The language coded.</summary>
    public const string English = "en";

    /// <summary>Screens one story (safe to call from several threads).</summary>
    public Screened Screen(Story story)
    {
        var sample = story.Title is null ? story.Text : story.Title + "\n\n" + story.Text;
        var detected = detector.Detect(sample);
        var declared = story.Language?.Trim().ToLowerInvariant();
        var language = detected ?? declared;
        if (language is null || language == English)
            return Screened.Pass(story.Language == English || language is null ? story : story with { Language = English });
        var how = detected is not null ? "from its text" : "as declared; its text is too short to tell";
        return Screened.Reject(DyadErrors.Format(DyadErrors.NotEnglish, language, how));
    }
}
