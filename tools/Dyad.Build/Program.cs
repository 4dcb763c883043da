using Dyad.Build;

// Dyad.Build compiles Dyad's readable data sources into the files that ship inside the Dyad assembly.
// Each verb is one class; adding a verb is one file and one line in this list.
IVerb[] verbs =
[
    new Dyad.Build.Actors.ActorsVerb(),
    new Dyad.Build.Actors.CountriesBaseVerb(),
    new Dyad.Build.Actors.PhoenixPeopleVerb(),
    new Dyad.Build.Cameo.CameoTableVerb(),
    new Dyad.Build.Events.PatternsVerb(),
    new Dyad.Build.Places.GazetteerVerb(),
];

return VerbDispatcher.Run(verbs, args, Console.Out, Console.Error);
