using System.Collections.Immutable;

namespace Dyad.Documents;

/// <summary>
/// A story and every annotation the pipeline has added to it. One document flows through all
/// stages; each stage adds a <see cref="Layer"/>. Tokens, sentences and mentions are light views
/// (document + index) into the arrays held here, not copies.
/// </summary>
/// <remarks>
/// A document is filled by one pipeline on one thread and then read; it is not safe to annotate
/// from several threads at once.
/// </remarks>
public sealed class NewsDocument
{
    private int[] _tokenStart = [];
    private int[] _tokenEnd = [];
    private string[] _words = [];
    private int[] _tokenSentence = [];
    private SentenceSpan[] _sentences = [];
    private string[] _upos = [];
    private string[] _xpos = [];
    private string[] _lemmas = [];
    private int[] _heads = [];
    private string[] _deprels = [];
    private readonly List<Mention> _mentions = [];
    private readonly List<EventCandidate> _events = [];
    private IReadOnlyList<Dyad.Events.ActorCandidate> _candidates = [];

    /// <summary>Creates a document for a story with no annotation yet.</summary>
    public NewsDocument(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        Story = story;
    }

    /// <summary>The story this document annotates.</summary>
    public Story Story { get; }

    /// <summary>The story text; every offset in the document points into it.</summary>
    public string Text => Story.Text;

    /// <summary>The layers assigned so far.</summary>
    public Layer Layers { get; private set; }

    /// <summary>Number of tokens in the document.</summary>
    public int TokenCount => _words.Length;

    /// <summary>Number of sentences in the document.</summary>
    public int SentenceCount => _sentences.Length;

    /// <summary>Token forms, as normalised by the tokenizer (quotes and apostrophes kept as written).</summary>
    public ReadOnlySpan<string> Words => _words;

    /// <summary>Universal POS tags, one per token (empty before tagging).</summary>
    public ReadOnlySpan<string> Upos => _upos;

    /// <summary>Penn Treebank tags, one per token (empty before tagging).</summary>
    public ReadOnlySpan<string> Xpos => _xpos;

    /// <summary>Lemmas, one per token (empty before lemmatising).</summary>
    public ReadOnlySpan<string> Lemmas => _lemmas;

    /// <summary>The token at <paramref name="index"/>.</summary>
    public Token Token(int index) => new(this, index);

    /// <summary>The sentence at <paramref name="index"/>.</summary>
    public Sentence Sentence(int index) => new(this, index);

    /// <summary>Every sentence in order.</summary>
    public IEnumerable<Sentence> Sentences()
    {
        for (int i = 0; i < _sentences.Length; i++) yield return new Sentence(this, i);
    }

    /// <summary>Mentions found so far, in text order.</summary>
    public IReadOnlyList<Mention> Mentions => _mentions;

    /// <summary>Event candidates found so far.</summary>
    public IReadOnlyList<EventCandidate> Events => _events;

    /// <summary>Names the dictionaries do not know that stand where events look for actors.</summary>
    public IReadOnlyList<Dyad.Events.ActorCandidate> ActorCandidates => _candidates;

    /// <summary>Sets the unknown-actor report.</summary>
    public void SetActorCandidates(IReadOnlyList<Dyad.Events.ActorCandidate> candidates) => _candidates = candidates;

    internal SentenceSpan SentenceSpanAt(int index) => _sentences[index];
    internal int TokenStart(int index) => _tokenStart[index];
    internal int TokenEnd(int index) => _tokenEnd[index];
    internal int TokenSentence(int index) => _tokenSentence[index];
    internal int HeadOf(int index) => _heads.Length == 0 ? -1 : _heads[index];
    internal string DeprelOf(int index) => _deprels.Length == 0 ? "" : _deprels[index];

    /// <summary>Sets the token layer: character spans into <see cref="Text"/> and their forms.</summary>
    public void SetTokens(ReadOnlySpan<(int Start, int End)> spans, ReadOnlySpan<string> words)
    {
        if (spans.Length != words.Length) throw new ArgumentException("spans and words differ in length");
        _tokenStart = new int[spans.Length];
        _tokenEnd = new int[spans.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            var (start, end) = spans[i];
            if (start < 0 || end > Text.Length || end <= start || (i > 0 && start < _tokenEnd[i - 1]))
                throw new ArgumentException($"token {i} span {start}..{end} is out of order or out of the text");
            _tokenStart[i] = start;
            _tokenEnd[i] = end;
        }
        _words = words.ToArray();
        Layers |= Layer.Tokens;
    }

    /// <summary>Sets the sentence layer; the spans must cover the tokens in order without gaps.</summary>
    public void SetSentences(ReadOnlySpan<SentenceSpan> sentences)
    {
        RequireLayer(Layer.Tokens);
        var tokenSentence = new int[TokenCount];
        int next = 0;
        for (int s = 0; s < sentences.Length; s++)
        {
            var span = sentences[s];
            if (span.FirstToken != next || span.TokenCount <= 0)
                throw new ArgumentException($"sentence {s} does not start at token {next} or is empty");
            for (int t = span.FirstToken; t < span.FirstToken + span.TokenCount; t++) tokenSentence[t] = s;
            next += span.TokenCount;
        }
        if (next != TokenCount) throw new ArgumentException("sentences do not cover every token");
        _sentences = sentences.ToArray();
        _tokenSentence = tokenSentence;
        Layers |= Layer.Sentences;
    }

    /// <summary>Sets the part-of-speech layer.</summary>
    public void SetTags(string[] upos, string[] xpos)
    {
        RequireLayer(Layer.Tokens);
        if (upos.Length != TokenCount || xpos.Length != TokenCount) throw new ArgumentException("one tag per token");
        _upos = upos;
        _xpos = xpos;
        Layers |= Layer.Tags;
    }

    /// <summary>Sets the lemma layer.</summary>
    public void SetLemmas(string[] lemmas)
    {
        RequireLayer(Layer.Tokens);
        if (lemmas.Length != TokenCount) throw new ArgumentException("one lemma per token");
        _lemmas = lemmas;
        Layers |= Layer.Lemmas;
    }

    /// <summary>
    /// Sets the dependency layer. <paramref name="heads"/> holds, per token, the document index of
    /// its head or -1 for a sentence root; heads never cross sentences.
    /// </summary>
    public void SetParse(int[] heads, string[] deprels)
    {
        RequireLayer(Layer.Sentences);
        if (heads.Length != TokenCount || deprels.Length != TokenCount) throw new ArgumentException("one head per token");
        for (int i = 0; i < heads.Length; i++)
        {
            if (heads[i] == -1) continue;
            if (heads[i] < 0 || heads[i] >= TokenCount || _tokenSentence[heads[i]] != _tokenSentence[i] || heads[i] == i)
                throw new ArgumentException($"token {i} has an invalid head {heads[i]}");
        }
        _heads = heads;
        _deprels = deprels;
        Layers |= Layer.Parse;
    }

    /// <summary>Replaces the mention layer (mentions are kept in text order).</summary>
    public void SetMentions(IEnumerable<Mention> mentions, Layer assigned = Layer.Mentions)
    {
        _mentions.Clear();
        _mentions.AddRange(mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End));
        Layers |= assigned;
    }

    /// <summary>
    /// For each token, the index of the shortest mention covering it, -1 for none: computed afresh,
    /// so a stage calls it once and keeps the array while the mentions' spans stay as they are.
    /// </summary>
    public int[] MentionOfToken()
    {
        var index = new int[TokenCount];
        Array.Fill(index, -1);
        for (int m = 0; m < _mentions.Count; m++)
            for (int t = _mentions[m].Start; t < _mentions[m].End; t++)
                if (index[t] < 0 || _mentions[index[t]].Length > _mentions[m].Length) index[t] = m;
        return index;
    }

    /// <summary>Replaces one mention (stages refine mentions with <c>with</c> expressions).</summary>
    public void ReplaceMention(int index, Mention mention) => _mentions[index] = mention;

    /// <summary>Marks a layer as assigned (for stages whose work lives in mentions or events).</summary>
    public void MarkAssigned(Layer layer) => Layers |= layer;

    /// <summary>Replaces the event layer.</summary>
    public void SetEvents(IEnumerable<EventCandidate> events)
    {
        _events.Clear();
        _events.AddRange(events);
        Layers |= Layer.Events;
    }

    /// <summary>Replaces one event candidate.</summary>
    public void ReplaceEvent(int index, EventCandidate candidate) => _events[index] = candidate;

    /// <summary>The text covered by tokens <paramref name="start"/> up to (not including) <paramref name="end"/>.</summary>
    public string TextOf(int start, int end) =>
        end <= start ? "" : Text[_tokenStart[start].._tokenEnd[end - 1]];

    private void RequireLayer(Layer layer)
    {
        if ((Layers & layer) != layer)
            throw new InvalidOperationException($"{DyadErrors.Format(DyadErrors.LayerMissing, layer)}");
    }
}

/// <summary>A sentence as a range of tokens.</summary>
public readonly record struct SentenceSpan(int FirstToken, int TokenCount);
