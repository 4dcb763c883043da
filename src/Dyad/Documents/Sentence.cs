namespace Dyad.Documents;

/// <summary>A view of one sentence of a <see cref="NewsDocument"/>.</summary>
public readonly struct Sentence
{
    private readonly NewsDocument _doc;

    internal Sentence(NewsDocument doc, int index)
    {
        if ((uint)index >= (uint)doc.SentenceCount) throw new ArgumentOutOfRangeException(nameof(index));
        _doc = doc;
        Index = index;
    }

    /// <summary>Index of the sentence in the document.</summary>
    public int Index { get; }

    /// <summary>Document index of the first token.</summary>
    public int FirstToken => _doc.SentenceSpanAt(Index).FirstToken;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _doc.SentenceSpanAt(Index).TokenCount;

    /// <summary>Document index just past the last token.</summary>
    public int EndToken => FirstToken + TokenCount;

    /// <summary>Offset of the first character in the story text.</summary>
    public int Start => _doc.TokenStart(FirstToken);

    /// <summary>Offset just past the last character in the story text.</summary>
    public int End => _doc.TokenEnd(EndToken - 1);

    /// <summary>The sentence text as it stands in the story.</summary>
    public string Text => _doc.Text[Start..End];

    /// <summary>The sentence's tokens in order.</summary>
    public IEnumerable<Token> Tokens()
    {
        for (int i = FirstToken; i < EndToken; i++) yield return _doc.Token(i);
    }
}
