using System.Collections.Immutable;
using Dyad.Documents;

namespace Dyad.Tests.TestSupport;

/// <summary>
/// Builds an annotated one-sentence document by hand — words, tags, lemmas, heads, relations and
/// actor mentions — so a single stage can be tested alone (as spaCy's tests do).
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly List<(string Word, string Upos, string Lemma, int Head, string Rel)> _rows = [];
    private readonly List<Mention> _mentions = [];

    /// <summary>Adds a word; <paramref name="head"/> is 1-based within the sentence, 0 for the root.</summary>
    public DocumentBuilder W(string word, string upos, string lemma, int head, string rel)
    {
        _rows.Add((word, upos, lemma, head, rel));
        return this;
    }

    /// <summary>Marks words <paramref name="from"/>..<paramref name="to"/> (1-based, inclusive) as a mention of <paramref name="code"/>.</summary>
    public DocumentBuilder Actor(int from, int to, string country, params string[] agents)
    {
        _mentions.Add(new Mention(from - 1, to, MentionKind.Name)
        {
            Head = to - 1,
            Actor = ResolvedActor.Of(country, agents, null, "test"),
        });
        return this;
    }

    /// <summary>Marks words as a mention of a group of two states ("the two countries").</summary>
    public DocumentBuilder Group(int from, int to, params string[] countries)
    {
        _mentions.Add(new Mention(from - 1, to, MentionKind.Nominal)
        {
            Head = to - 1,
            Group = countries.Select(c => ResolvedActor.Of(c, [], null, "test")).ToImmutableArray(),
        });
        return this;
    }

    public NewsDocument Build()
    {
        var text = string.Join(' ', _rows.Select(r => r.Word));
        var spans = new List<(int, int)>();
        int at = 0;
        foreach (var r in _rows) { spans.Add((at, at + r.Word.Length)); at += r.Word.Length + 1; }
        var doc = new NewsDocument(new Story("test", new DateOnly(2018, 4, 6), text));
        doc.SetTokens(spans.ToArray(), _rows.Select(r => r.Word).ToArray());
        doc.SetSentences([new SentenceSpan(0, _rows.Count)]);
        doc.SetTags(_rows.Select(r => r.Upos).ToArray(), _rows.Select(r => r.Upos).ToArray());
        doc.SetLemmas(_rows.Select(r => r.Lemma).ToArray());
        doc.SetParse(_rows.Select(r => r.Head - 1).ToArray(), _rows.Select(r => r.Rel).ToArray());
        doc.SetMentions(_mentions, Layer.Mentions | Layer.Actors | Layer.Coreference);
        return doc;
    }
}
