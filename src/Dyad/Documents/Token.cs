namespace Dyad.Documents;

/// <summary>A view of one token of a <see cref="NewsDocument"/>; cheap to copy, holds no data of its own.</summary>
public readonly struct Token : IEquatable<Token>
{
    private readonly NewsDocument _doc;

    internal Token(NewsDocument doc, int index)
    {
        if ((uint)index >= (uint)doc.TokenCount) throw new ArgumentOutOfRangeException(nameof(index));
        _doc = doc;
        Index = index;
    }

    /// <summary>Index of the token in the document.</summary>
    public int Index { get; }

    /// <summary>The token's form.</summary>
    public string Word => _doc.Words[Index];

    /// <summary>Offset of the first character in the story text.</summary>
    public int Start => _doc.TokenStart(Index);

    /// <summary>Offset just past the last character in the story text.</summary>
    public int End => _doc.TokenEnd(Index);

    /// <summary>Universal POS tag, or empty before tagging.</summary>
    public string Upos => _doc.Upos.Length == 0 ? "" : _doc.Upos[Index];

    /// <summary>Penn Treebank tag, or empty before tagging.</summary>
    public string Xpos => _doc.Xpos.Length == 0 ? "" : _doc.Xpos[Index];

    /// <summary>Lemma, or the lower-cased form before lemmatising.</summary>
    public string Lemma => _doc.Lemmas.Length == 0 ? Word.ToLowerInvariant() : _doc.Lemmas[Index];

    /// <summary>Document index of the head token, or -1 for a root (or before parsing).</summary>
    public int Head => _doc.HeadOf(Index);

    /// <summary>UD relation to the head, or empty before parsing.</summary>
    public string Deprel => _doc.DeprelOf(Index);

    /// <summary>Index of the sentence holding the token.</summary>
    public int SentenceIndex => _doc.TokenSentence(Index);

    /// <inheritdoc/>
    public bool Equals(Token other) => ReferenceEquals(_doc, other._doc) && Index == other.Index;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Token t && Equals(t);

    /// <inheritdoc/>
    public override int GetHashCode() => Index;

    /// <inheritdoc/>
    public override string ToString() => Word;
}
