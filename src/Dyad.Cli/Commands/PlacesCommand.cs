using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Dyad.Places;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad places "TEXT" [--context RUS,SYR]</c>: the place names in a text, each with its
/// gazetteer candidates and the choice with reasons; <c>dyad places --bench</c> times the
/// gazetteer's load and look-ups.
/// </summary>
internal static class PlacesCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "News text (a sentence or a story start with a dateline).", Arity = ArgumentArity.ZeroOrOne };
        var context = new Option<string?>("--context") { Description = "Story countries, ISO alpha-3, comma-separated (e.g. RUS,SYR)." };
        var all = new Option<bool>("--all") { Description = "Show every candidate, not only the best five." };
        var bench = new Option<bool>("--bench") { Description = "Time the gazetteer load and look-ups instead." };
        var command = new Command("places", "Find place names in a text and show how the gazetteer resolves them.") { text, context, all, bench };
        command.SetAction(parse =>
        {
            if (parse.GetValue(bench)) return Bench();
            var input = parse.GetValue(text) ?? throw new UsageException("give a text, or --bench");
            var countries = (parse.GetValue(context) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(c => c.ToUpperInvariant()).ToArray();
            if (countries.FirstOrDefault(c => c.Length != 3 || !c.All(char.IsAsciiLetter)) is { } bad)
                throw new UsageException($"--context wants ISO alpha-3 codes such as RUS, not '{bad}'");
            var resolver = new PlaceResolver(Gazetteer.Shared);
            var found = TextPlaceFinder.Find(input, Gazetteer.Shared);
            if (found.Count == 0) { Console.Out.WriteLine("no place name found"); return Cli.Ok; }
            var choices = resolver.ResolveAll([.. found.Select(f => f.Phrase)], PlaceContext.Of(countries));
            for (int i = 0; i < found.Count; i++)
            {
                var (f, p, choice) = (found[i], found[i].Phrase, choices[i]);
                Console.Out.WriteLine($"\"{p.Text}\"{(p.Qualifier is null ? "" : $" (qualifier \"{p.Qualifier}\")")} at {f.Start}..{f.End}: " +
                    (f.IsLocative ? p.Kind.ToString().ToLowerInvariant() : "named, not locative (an actor or a mention, not an event place)"));
                foreach (var c in parse.GetValue(all) ? choice.Candidates : choice.Candidates.Take(5))
                    Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Score,6:0.00}  {c.Place}  — {c.Why}"));
                if (choice.Candidates.Length > 5 && !parse.GetValue(all)) Console.Out.WriteLine($"  … {choice.Candidates.Length - 5} more (--all)");
                Console.Out.WriteLine(choice.Place is { } best
                    ? string.Create(CultureInfo.InvariantCulture, $"  → {best.Name}, {best.Country} ({best.Lat:0.####}, {best.Lon:0.####}) [{best.Id}]: {choice.Reason}")
                    : $"  → none: {choice.Reason}");
            }
            return Cli.Ok;
        });
        return command;
    }

    private static int Bench()
    {
        var sw = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Shared;
        var load = sw.Elapsed;
        var names = gazetteer.Places.Select(p => p.Name).Concat(["Nowhereville", "the sidelines", "Moscow forum", "SAN JOSE", "cordoba"]).ToArray();
        var resolver = new PlaceResolver(gazetteer);
        long hits = 0;
        for (int i = 0; i < names.Length; i++) hits += gazetteer.Lookup(names[i]).Length; // warm-up
        const int Rounds = 10;
        sw.Restart();
        for (int r = 0; r < Rounds; r++)
            foreach (var n in names) hits += gazetteer.Lookup(n).Length;
        var lookups = Rounds * names.Length / sw.Elapsed.TotalSeconds;
        var context = PlaceContext.Of("USA", "FRA");
        sw.Restart();
        foreach (var n in names) hits += resolver.Resolve(n, context).Candidates.Length;
        var resolves = names.Length / sw.Elapsed.TotalSeconds;
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer: {gazetteer.Places.Length:N0} places, {gazetteer.NameCount:N0} names; loaded in {load.TotalMilliseconds:N0} ms (first use, embedded gzip)"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lookup:  {lookups:N0} names/s ({Rounds * names.Length:N0} look-ups, {hits:N0} hits)"));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"resolve: {resolves:N0} names/s (look-up + scoring with a context)"));
        return Cli.Ok;
    }
}
