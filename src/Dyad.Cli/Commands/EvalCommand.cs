using System.CommandLine;
using System.Text.Json;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad eval --gold G --events E</c>: the reference scorer's figures.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold events (JSONL).", Required = true };
        var events = new Option<string>("--events") { Description = "System events (JSONL, contract v1).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the whole result as JSON." };
        var command = new Command("eval", "Score coded events against a gold file, as eval/score.py does.") { gold, events, json };
        command.SetAction(parse =>
        {
            var goldPath = parse.GetValue(gold)!;
            var eventsPath = parse.GetValue(events)!;
            foreach (var p in new[] { goldPath, eventsPath })
                if (!File.Exists(p)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, p));
            var result = EventScorer.Score(EventScorer.LoadJsonl(goldPath), EventScorer.LoadJsonl(eventsPath));
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions
                {
                    WriteIndented = true,
                    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }));
            else
                Console.Out.Write(result.ToText());
            return Cli.Ok;
        });
        return command;
    }
}
