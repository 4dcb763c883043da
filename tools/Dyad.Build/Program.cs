// Dyad's data builders: deterministic compilers from readable sources to the data files that ship
// inside the Dyad assembly (src/Dyad/Data). Usage: dotnet run --project tools/Dyad.Build -- VERB [options]
using Dyad.Build;

IBuildVerb[] verbs = [new Dyad.Build.Cameo.CameoTableVerb(), new Dyad.Build.Events.PatternsVerb(), new Dyad.Build.Places.GazetteerVerb()];

if (args.Length == 0 || verbs.All(v => v.Name != args[0]))
{
    Console.Error.WriteLine("usage: Dyad.Build VERB [options]");
    foreach (var v in verbs) Console.Error.WriteLine($"  {v.Name,-10} {v.Summary}");
    return 2;
}
return verbs.First(v => v.Name == args[0]).Run(args[1..]);
