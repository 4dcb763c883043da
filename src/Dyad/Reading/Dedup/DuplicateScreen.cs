using Dyad.Coding;
using Dyad.Documents;

namespace Dyad.Reading.Dedup;

/// <summary>
/// The duplicate check of a run, called in input order. A story whose normalised text is the same
/// as an earlier story's (another id) is rejected as a duplicate: it is coded once. A near copy —
/// a syndicated version with another outlet's headline, dateline or last paragraph — is coded, but
/// linked: it takes the first copy's date and names it in <see cref="Story.DuplicateOf"/>, so the
/// store's <c>event_counts</c> view sees its events as the same events reported by one more source.
/// </summary>
public sealed class DuplicateScreen(DuplicateIndex index)
{
    /// <summary>The index this screen fills (saved by <c>dyad watch</c> between runs).</summary>
    public DuplicateIndex Index => index;

    /// <summary>Screens one story and remembers it.</summary>
    public Screened Screen(Story story)
    {
        var fingerprint = TextFingerprint.Of(story.Text);
        var match = index.Find(story.Id, fingerprint);
        var self = new IndexedStory(story.Id, story.Date);
        switch (match.Kind)
        {
            case DuplicateKind.Exact:
                return Screened.Reject(DyadErrors.Format(DyadErrors.Duplicate, match.Original!.StoryId));
            case DuplicateKind.Near:
                var original = match.Original!;
                index.Add(self, fingerprint, original);
                return Screened.Pass(story with { Date = original.Date, DuplicateOf = original.StoryId });
            default:
                index.Add(self, fingerprint, self);
                return Screened.Pass(story);
        }
    }
}
