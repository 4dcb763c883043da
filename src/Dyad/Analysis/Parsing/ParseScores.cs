namespace Dyad.Analysis.Parsing;

/// <summary>
/// Attachment scores over all words, punctuation included (CoNLL 2018 style).
/// <see cref="Las"/> compares the full relation (<c>nsubj:pass</c> ≠ <c>nsubj</c>);
/// <see cref="UniversalLas"/> compares only the universal part before the colon, as the official
/// CoNLL 2018 LAS does.
/// </summary>
public sealed record ParseScores(int Sentences, int Words, int HeadCorrect, int LabelledCorrect, int UniversalLabelledCorrect)
{
    /// <summary>Unlabelled attachment score, percent.</summary>
    public double Uas => Percent(HeadCorrect);

    /// <summary>Labelled attachment score with full relations (subtypes included), percent.</summary>
    public double Las => Percent(LabelledCorrect);

    /// <summary>Labelled attachment score on universal relations only (official CoNLL 2018 LAS), percent.</summary>
    public double UniversalLas => Percent(UniversalLabelledCorrect);

    private double Percent(int correct) => Words == 0 ? 0 : 100.0 * correct / Words;

    /// <inheritdoc />
    public override string ToString() =>
        FormattableString.Invariant($"UAS {Uas:F2}  LAS {Las:F2} (full labels)  LAS {UniversalLas:F2} (universal)  [{Sentences} sentences, {Words} words]");
}
