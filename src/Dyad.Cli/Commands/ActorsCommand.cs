using System.CommandLine;
using System.Globalization;
using Dyad.Coding;
using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad actors "PHRASE" [--date D]</c>: the actor code of each mention and why.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var text = new Argument<string>("text") { Description = "A phrase or sentence naming actors." };
        var date = new Option<string>("--date") { Description = "Date (YYYY-MM-DD) at which roles are resolved.", DefaultValueFactory = _ => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) };
        var command = new Command("actors", "Show the CAMEO actor codes Dyad gives the mentions in a phrase, with the entry or rule behind each.") { text, date };
        command.SetAction(parse =>
        {
            var d = parse.GetValue(date)!;
            if (!StoryReader.TryParseDate(d, out var day)) throw new UsageException(DyadErrors.Format(DyadErrors.BadDate, d));
            var doc = Coder.CreateDefault().Annotate(new Story("actors", day, parse.GetValue(text)!));
            foreach (var m in doc.Mentions)
            {
                var words = doc.TextOf(m.Start, m.End);
                if (m.Actor is { } a)
                    Console.Out.WriteLine($"{words}\t{a.Code}\t{a.Name ?? ""}\t{a.Rule}");
                else if (!m.Group.IsEmpty)
                    Console.Out.WriteLine($"{words}\t{string.Join('+', m.Group.Select(g => g.Code))}\t\tgroup");
                else
                    Console.Out.WriteLine($"{words}\t-\t\t{m.Kind.ToString().ToLowerInvariant()}{(m.Label is null ? "" : "/" + m.Label)}: not resolved");
            }
            return Cli.Ok;
        });
        return command;
    }
}
