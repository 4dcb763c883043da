using Dyad.Documents;
using Dyad.Events.Patterns;
using Dyad.Pipeline;
using Dyad.Syntax;

namespace Dyad.Events;

/// <summary>
/// A name the dictionaries do not know, standing where an event pattern looks for an actor: the
/// subject or object of a verb that triggers patterns. Reported so a dictionary maintainer can see
/// which new actors the news is talking about ("Houthi rebels" before anyone added them).
/// </summary>
/// <param name="Sentence">Sentence index.</param>
/// <param name="Text">The name as written.</param>
/// <param name="EntityType">PER, ORG or LOC when the entity recogniser typed it.</param>
/// <param name="Role">"source" (a subject) or "target" (an object or oblique).</param>
/// <param name="Trigger">The verb whose argument it is.</param>
public sealed record ActorCandidate(int Sentence, string Text, string? EntityType, string Role, string Trigger);

/// <summary>
/// The candidates stage: lists unknown names standing as subject or object of verbs that trigger
/// event patterns. It changes no event; it only reports what the dictionaries miss.
/// </summary>
public sealed class ActorCandidateStage(PatternSet patterns) : IStage
{
    /// <inheritdoc/>
    public string Name => "actor-candidates";

    /// <inheritdoc/>
    public Layer Requires => Layer.Parse | Layer.Lemmas | Layer.Mentions | Layer.Actors;

    /// <inheritdoc/>
    public Layer Assigns => Layer.None;

    /// <inheritdoc/>
    public void Process(NewsDocument document, CancellationToken cancellationToken)
    {
        var tree = new DependencyView(document);
        var found = new List<ActorCandidate>();
        foreach (var m in document.Mentions)
        {
            // People and organisations only: untyped capitalised words ("Monday") and places are not actors.
            if (m.Actor is not null || !m.Group.IsEmpty || m.Kind != MentionKind.Name || m.EntityType is not ("PER" or "ORG")) continue;
            int head = m.Head;
            var rel = tree.Rel(head);
            string? role = rel is "nsubj" ? "source" : rel is "obj" or "obl" or "iobj" or "nsubj:pass" ? "target" : null;
            int verb = tree.Head(head);
            if (role is null || verb < 0 || tree.Upos(verb) != "VERB" || patterns.ForVerb(tree.Lemma(verb), document.Words[verb]).IsEmpty) continue;
            found.Add(new ActorCandidate(m.Sentence, document.TextOf(m.Start, m.End), m.EntityType, role, document.Words[verb]));
        }
        document.SetActorCandidates(found);
    }
}
