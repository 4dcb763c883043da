using System.Collections.Frozen;
using System.Collections.Immutable;
using Dyad.Documents;
using Dyad.Pipeline;

namespace Dyad.Mentions;

/// <summary>
/// A minimal mention-and-actor stage over a small built-in lexicon of state names, demonyms and
/// capitals: the walking skeleton's stand-in until the compiled actor dictionaries and the entity
/// recogniser replace it. It marks each match as a mention with its CAMEO country code.
/// </summary>
public sealed class SeedLexiconMentionStage : IStage
{
    private static readonly FrozenDictionary<string, string> Lexicon = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Iran"] = "IRN", ["Iranian"] = "IRN", ["Tehran"] = "IRN",
        ["Pakistan"] = "PAK", ["Pakistani"] = "PAK", ["Islamabad"] = "PAK",
        ["Serbia"] = "SRB", ["Serbian"] = "SRB", ["Belgrade"] = "SRB",
        ["Russia"] = "RUS", ["Russian"] = "RUS", ["Moscow"] = "RUS", ["Kremlin"] = "RUS",
        ["Kazakhstan"] = "KAZ", ["Kazakh"] = "KAZ",
        ["Israel"] = "ISR", ["Israeli"] = "ISR",
        ["US"] = "USA", ["U.S."] = "USA", ["Washington"] = "USA", ["American"] = "USA", ["Americans"] = "USA",
        ["China"] = "CHN", ["Chinese"] = "CHN", ["Beijing"] = "CHN",
        ["France"] = "FRA", ["French"] = "FRA", ["Paris"] = "FRA",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public string Name => "seed-lexicon";

    /// <inheritdoc/>
    public Layer Requires => Layer.Tokens | Layer.Sentences;

    /// <inheritdoc/>
    public Layer Assigns => Layer.Mentions | Layer.Actors;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        var words = document.Words;
        for (int i = 0; i < words.Length; i++)
        {
            if (!Lexicon.TryGetValue(words[i], out var country)) continue;
            if (words[i] == "US" || char.IsLower(words[i][0])) { if (words[i] != "US") continue; }
            var actor = new ResolvedActor(country, country, ImmutableArray<string>.Empty, null, "seed-lexicon:" + words[i]);
            mentions.Add(new Mention(i, i + 1, MentionKind.Name) { Head = i, Actor = actor, Sentence = document.Token(i).SentenceIndex });
        }
        document.SetMentions(mentions, Layer.Mentions | Layer.Actors);
    }
}
