using System.Collections.Immutable;
using Dyad.Documents;

namespace Dyad.Tests.Places;

/// <summary>
/// Builds an annotated document of several sentences by hand — words, tags, lemmas, heads,
/// relations, actor mentions and event candidates — to test the place stage alone. An extended
/// copy of TestSupport/DocumentBuilder (which builds one sentence without events).
/// </summary>
internal sealed class PlaceDocumentBuilder
{
    private readonly List<List<(string Word, string Upos, string Lemma, int Head, string Rel)>> _sentences = [];
    private readonly List<(int Sentence, int From, int To, string Country, MentionKind Kind)> _mentions = [];
    private readonly List<(int Sentence, int[] Trigger, string Source, string Target)> _events = [];
    private string _prefix = "";

    /// <summary>Text before the first sentence that no token covers (a dateline: "BEIRUT (Reuters) - ").</summary>
    public PlaceDocumentBuilder Prefix(string text) { _prefix = text; return this; }

    /// <summary>Starts a new sentence.</summary>
    public PlaceDocumentBuilder Sentence() { _sentences.Add([]); return this; }

    /// <summary>Adds a word to the current sentence; <paramref name="head"/> is 1-based within the sentence, 0 for the root.</summary>
    public PlaceDocumentBuilder W(string word, string upos, string lemma, int head, string rel)
    {
        if (_sentences.Count == 0) Sentence();
        _sentences[^1].Add((word, upos, lemma, head, rel));
        return this;
    }

    /// <summary>Marks words from..to (1-based, inclusive) of the current sentence as a mention of an actor of <paramref name="country"/>.</summary>
    public PlaceDocumentBuilder Actor(int from, int to, string country)
    {
        _mentions.Add((_sentences.Count - 1, from, to, country, MentionKind.Name));
        return this;
    }

    /// <summary>Adds an event candidate in the current sentence with trigger words (1-based).</summary>
    public PlaceDocumentBuilder Event(string source, string target, params int[] trigger)
    {
        _events.Add((_sentences.Count - 1, trigger, source, target));
        return this;
    }

    public NewsDocument Build()
    {
        var words = _sentences.SelectMany(s => s).ToList();
        var text = _prefix + string.Join(' ', words.Select(r => r.Word));
        var spans = new List<(int, int)>();
        int at = _prefix.Length;
        foreach (var r in words) { spans.Add((at, at + r.Word.Length)); at += r.Word.Length + 1; }
        var doc = new NewsDocument(new Story("test", new DateOnly(2018, 4, 6), text));
        doc.SetTokens(spans.ToArray(), words.Select(r => r.Word).ToArray());
        var offsets = new List<int>();
        int first = 0;
        foreach (var s in _sentences) { offsets.Add(first); first += s.Count; }
        doc.SetSentences(_sentences.Select((s, i) => new SentenceSpan(offsets[i], s.Count)).ToArray());
        var upos = words.Select(r => r.Upos).ToArray();
        doc.SetTags(upos, upos);
        doc.SetLemmas(words.Select(r => r.Lemma).ToArray());
        var heads = _sentences.SelectMany((s, i) => s.Select(r => r.Head == 0 ? -1 : offsets[i] + r.Head - 1)).ToArray();
        doc.SetParse(heads, words.Select(r => r.Rel).ToArray());
        doc.SetMentions(_mentions.Select(m => new Mention(offsets[m.Sentence] + m.From - 1, offsets[m.Sentence] + m.To, m.Kind)
        {
            Head = offsets[m.Sentence] + m.To - 1,
            Sentence = m.Sentence,
            Actor = ResolvedActor.Of(m.Country, [], null, "test"),
        }), Layer.Mentions | Layer.Actors | Layer.Coreference);
        doc.SetEvents(_events.Select(e => new EventCandidate(e.Sentence, "040",
            new EventArgument(ResolvedActor.Of(e.Source, [], null, "test"), 0, 1),
            new EventArgument(ResolvedActor.Of(e.Target, [], null, "test"), 0, 1))
        {
            Trigger = [.. e.Trigger.Select(t => offsets[e.Sentence] + t - 1)],
            Rule = "test",
        }));
        return doc;
    }
}
