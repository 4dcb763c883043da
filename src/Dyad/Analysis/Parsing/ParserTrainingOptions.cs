namespace Dyad.Analysis.Parsing;

/// <summary>Settings for <see cref="ParserTrainer.Train"/>. The same options and data give a byte-identical model.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Seed for sentence shuffling and exploration.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Passes over the training data.</summary>
    public int Iterations { get; init; } = 15;

    /// <summary>First iteration (1-based) in which training follows the model's own mistakes.</summary>
    public int ExploreFromIteration { get; init; } = 2;

    /// <summary>Probability of following the model's (possibly wrong) prediction while exploring.</summary>
    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>
    /// Probability, per word and iteration, of replacing its gold UPOS/XPOS by another tag pair
    /// seen with the same word form in training (weighted by frequency). Simulates tagger errors
    /// so that the parser learns to lean on word forms too; 0 trains on gold tags only.
    /// </summary>
    public double TagNoise { get; init; }

    /// <summary>Use only the first this many training sentences (quick experiments); null for all.</summary>
    public int? MaxTrainSentences { get; init; }

    /// <summary>
    /// Averaged weights smaller than this (in magnitude) are dropped from the model. With updates of ±1
    /// the default 1 keeps a third of the entries for about −0.15 LAS, and parses ~30% faster.
    /// </summary>
    public float MinWeight { get; init; } = 1f;

    /// <summary>When true and a dev file is given, the model of the best dev LAS iteration is kept.</summary>
    public bool KeepBestOnDev { get; init; } = true;

    /// <summary>Progress lines, one per iteration; null for silence.</summary>
    public TextWriter? Log { get; init; }
}
