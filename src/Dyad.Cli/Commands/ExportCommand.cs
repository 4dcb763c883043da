using System.CommandLine;
using Dyad.Storage.Export;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad export</c>: writes a store's events as JSONL, CSV, Parquet, GDELT 2.0 or Phoenix.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var store = new StoreOptions();
        var format = new Option<string>("--format", "-f") { Description = "Layout (see docs/formats.md).", Required = true };
        format.AcceptOnlyFromAmong("jsonl", "csv", "parquet", "gdelt", "phoenix");
        var output = new Option<string>("--output", "-o") { Description = "File to write (replaced only when the export succeeds); - for standard output.", Required = true };

        var command = new Command("export", "Export a store's events: jsonl, csv, parquet, gdelt (GDELT 2.0 event table) or phoenix (one a day).");
        store.AddTo(command);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction(parse =>
        {
            var filter = store.Filter(parse);
            var layout = Enum.Parse<ExportFormat>(parse.GetValue(format)!, ignoreCase: true);
            var path = parse.GetValue(output)!;
            if (path == "-" && layout == ExportFormat.Parquet) throw new UsageException("Parquet needs a file: give --output FILE");
            if (parse.GetValue(store.Daily) && layout is ExportFormat.Gdelt or ExportFormat.Phoenix)
                throw new UsageException("--daily applies to jsonl, csv and parquet (gdelt counts duplicates; phoenix is one a day already)");
            if (path != "-" && Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir && !Directory.Exists(dir))
                throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, dir));
            using var opened = store.OpenReadOnly(parse);
            var rows = EventExport.Run(opened, layout, filter, path, parse.GetValue(store.Daily));
            Console.Error.WriteLine($"exported {rows:N0} rows ({layout.ToString().ToLowerInvariant()}) from {opened.DisplayName}" + (path == "-" ? "" : $" to {path}"));
            return Cli.Ok;
        });
        return command;
    }
}
