using System.Collections.Immutable;

namespace Dyad.Analysis.Conllu;

/// <summary>
/// One sentence of a CoNLL-U file: its <c># text</c> and <c># sent_id</c> comments and its
/// syntactic words. Multiword-token range lines (<c>3-4</c>) are kept apart in
/// <see cref="MultiwordTokens"/>; empty nodes (<c>8.1</c>) of the enhanced graph are dropped.
/// </summary>
public sealed record ConlluSentence
{
    /// <summary>The raw sentence text from the <c># text = ...</c> comment, if present.</summary>
    public string? Text { get; init; }

    /// <summary>The sentence id from the <c># sent_id = ...</c> comment, if present.</summary>
    public string? Id { get; init; }

    /// <summary>The syntactic words, in order; <see cref="ConlluWord.Id"/> is 1-based.</summary>
    public ImmutableArray<ConlluWord> Words { get; init; } = ImmutableArray<ConlluWord>.Empty;

    /// <summary>
    /// Multiword tokens (e.g. "don't" spanning words 2–3) with their surface form and MISC
    /// column, needed to rebuild the raw token sequence.
    /// </summary>
    public ImmutableArray<ConlluMultiwordToken> MultiwordTokens { get; init; } = ImmutableArray<ConlluMultiwordToken>.Empty;

    /// <summary>Comment lines other than <c># text</c> and <c># sent_id</c>, without the leading <c>#</c>, trimmed.</summary>
    public ImmutableArray<string> OtherComments { get; init; } = ImmutableArray<string>.Empty;
}

/// <summary>One syntactic word (a numbered CoNLL-U line). Underscore fields are kept as "_".</summary>
/// <param name="Id">1-based word index.</param>
/// <param name="Form">Word form.</param>
/// <param name="Lemma">Lemma.</param>
/// <param name="Upos">Universal part of speech.</param>
/// <param name="Xpos">Language-specific tag (Penn Treebank for English).</param>
/// <param name="Feats">Morphological features, "_" when none.</param>
/// <param name="Head">Head word index, 0 for the root, -1 when the column is "_".</param>
/// <param name="Deprel">Basic dependency relation.</param>
/// <param name="Deps">Enhanced dependencies column, verbatim.</param>
/// <param name="Misc">MISC column, verbatim (e.g. <c>SpaceAfter=No</c>).</param>
public sealed record ConlluWord(
    int Id, string Form, string Lemma, string Upos, string Xpos, string Feats, int Head, string Deprel,
    string Deps = "_", string Misc = "_")
{
    /// <summary>True unless the MISC column says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !ConlluMisc.HasSpaceAfterNo(Misc);
}

/// <summary>A multiword-token range line such as <c>2-3	don't	...</c>.</summary>
/// <param name="First">First word id covered (inclusive).</param>
/// <param name="Last">Last word id covered (inclusive).</param>
/// <param name="Form">Surface form of the whole token.</param>
/// <param name="Misc">MISC column, verbatim.</param>
public sealed record ConlluMultiwordToken(int First, int Last, string Form, string Misc = "_")
{
    /// <summary>True unless the MISC column says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !ConlluMisc.HasSpaceAfterNo(Misc);
}

internal static class ConlluMisc
{
    public static bool HasSpaceAfterNo(string misc)
    {
        foreach (var part in misc.AsSpan().Split('|'))
        {
            if (misc.AsSpan(part.Start.Value, part.End.Value - part.Start.Value).SequenceEqual("SpaceAfter=No"))
            {
                return true;
            }
        }
        return false;
    }
}
