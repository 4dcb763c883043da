using System.CommandLine;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Evaluation;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad codebook-eval [--csv PATH] [--json] [--misses]</c>: codes every example sentence of the
/// CAMEO codebook and reports how many yield an event under their own root and their exact code.
/// </summary>
internal static class CodebookEvalCommand
{
    private const string DefaultCsv = "../shared/data/cameo/icews-cameo-codes.csv";

    public static Command Create()
    {
        var csv = new Option<string>("--csv") { Description = $"The ICEWS CAMEO code table (default: {DefaultCsv}).", DefaultValueFactory = _ => DefaultCsv };
        var json = new Option<bool>("--json") { Description = "Print totals, per-root tallies and every outcome as JSON." };
        var misses = new Option<bool>("--misses") { Description = "List the examples that did not code to their exact code." };
        var command = new Command("codebook-eval", "Code the CAMEO codebook's example sentences and score them against their own codes.") { csv, json, misses };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(csv)!;
            if (!File.Exists(path)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, path));
            var report = CodebookEvaluator.Evaluate(Coder.CreateDefault(), CodebookEvaluator.ReadExamples(path));
            if (parse.GetValue(json))
                Console.Out.WriteLine(JsonSerializer.Serialize(new
                {
                    total = report.Total,
                    roots = report.Roots,
                    outcomes = report.Outcomes.Select(o => new { code = o.Example.Code, sentence = o.Example.Sentence, events = o.Events, own_root = o.OwnRoot, exact = o.ExactCode }),
                }, new JsonSerializerOptions
                {
                    WriteIndented = true,
                    PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
                    Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
                }));
            else
                Console.Out.Write(report.ToText(parse.GetValue(misses)));
            return Cli.Ok;
        });
        return command;
    }
}
