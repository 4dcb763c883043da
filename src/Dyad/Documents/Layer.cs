namespace Dyad.Documents;

/// <summary>
/// The annotation layers of a <see cref="NewsDocument"/>. Stages declare which layers they require
/// and which they assign, so a pipeline can check its own order before it runs.
/// </summary>
[Flags]
public enum Layer
{
    /// <summary>No layer.</summary>
    None = 0,
    /// <summary>Tokens with character offsets into the story text.</summary>
    Tokens = 1 << 0,
    /// <summary>Sentence boundaries.</summary>
    Sentences = 1 << 1,
    /// <summary>Part-of-speech tags (UPOS and PTB XPOS).</summary>
    Tags = 1 << 2,
    /// <summary>Lemmas.</summary>
    Lemmas = 1 << 3,
    /// <summary>Dependency tree (heads and UD relations) per sentence.</summary>
    Parse = 1 << 4,
    /// <summary>Mentions: named entities, role nominals, pronouns.</summary>
    Mentions = 1 << 5,
    /// <summary>Coreference chains over mentions.</summary>
    Coreference = 1 << 6,
    /// <summary>CAMEO actor codes on mentions.</summary>
    Actors = 1 << 7,
    /// <summary>Event candidates.</summary>
    Events = 1 << 8,
    /// <summary>Event locations.</summary>
    Places = 1 << 9,
}
