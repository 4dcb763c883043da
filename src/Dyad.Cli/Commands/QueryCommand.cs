using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dyad.Storage.Querying;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad query</c>: lists events, a time series, or the rows of any SQL, from a store.</summary>
internal static class QueryCommand
{
    // Columns the table form shows for events; jsonl and csv carry every column.
    private static readonly string[] TableColumns = ["date", "source_code", "target_code", "cameo", "goldstein", "story_id", "sentence"];
    private const int MaxCell = 60;

    public static Command Create()
    {
        var store = new StoreOptions();
        var series = new Option<string?>("--series") { Description = "Count matching events per day, month or year, with Goldstein sum and mean and quad-class counts." };
        series.AcceptOnlyFromAmong("day", "month", "year");
        var sql = new Option<string?>("--sql") { Description = "Run this SQL (read-only) instead; tables stories, events, rejects; views event_counts, events_daily." };
        var format = new Option<string>("--format", "-f") { Description = "Output form.", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "jsonl", "csv");
        var limit = new Option<long?>("--limit", "-n") { Description = "At most this many rows (default: 100 for the table form of events, else all)." };

        var command = new Command("query", "Query a store: events, a dyad time series, or SQL.");
        store.AddTo(command);
        command.Options.Add(series);
        command.Options.Add(sql);
        command.Options.Add(format);
        command.Options.Add(limit);
        command.SetAction(parse =>
        {
            var filter = store.Filter(parse);
            var text = parse.GetValue(sql);
            if (text is not null && (store.HasFilter(parse) || parse.GetValue(series) is not null || parse.GetValue(store.Daily)))
                throw new UsageException("--sql cannot be combined with filters, --daily or --series");
            if (parse.GetValue(limit) is < 0) throw new UsageException("--limit must not be negative");
            var form = parse.GetValue(format)!;
            string query;
            if (text is not null) query = text;
            else if (parse.GetValue(series) is { } period)
                query = EventQueries.Series(filter, Enum.Parse<SeriesPeriod>(period, ignoreCase: true), parse.GetValue(store.Daily));
            else
                query = EventQueries.Events(filter, parse.GetValue(store.Daily), parse.GetValue(limit) ?? (form == "table" ? 100 : null));

            using var opened = store.OpenReadOnly(parse);
            using var reader = opened.Query(query);
            using var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            bool eventsTable = text is null && parse.GetValue(series) is null && form == "table";
            long rows = form switch
            {
                "jsonl" => WriteJsonl(reader, output, parse.GetValue(limit)),
                "csv" => WriteCsv(reader, output, parse.GetValue(limit)),
                _ => WriteTable(reader, output, eventsTable ? TableColumns : null, parse.GetValue(limit) ?? (text is null ? null : 1000)),
            };
            output.Flush();
            Console.Error.WriteLine($"{rows:N0} rows");
            return Cli.Ok;
        });
        return command;
    }

    private static long WriteJsonl(DbDataReader reader, TextWriter output, long? limit)
    {
        long rows = 0;
        var buffer = new MemoryStream();
        while ((limit is null || rows < limit) && reader.Read())
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                json.WriteStartObject();
                for (int i = 0; i < reader.FieldCount; i++)
                {
                    var name = reader.GetName(i);
                    switch (reader.IsDBNull(i) ? null : reader.GetValue(i))
                    {
                        case null: json.WriteNull(name); break;
                        case bool b: json.WriteBoolean(name, b); break;
                        case int n: json.WriteNumber(name, n); break;
                        case long n: json.WriteNumber(name, n); break;
                        case double d when double.IsFinite(d): json.WriteNumber(name, d); break;
                        case decimal d: json.WriteNumber(name, d); break;
                        case System.Numerics.BigInteger n: json.WriteNumber(name, (decimal)n); break;
                        case var v: json.WriteString(name, Cell(v)); break;
                    }
                }
                json.WriteEndObject();
            }
            output.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            output.Write('\n');
            rows++;
        }
        return rows;
    }

    private static long WriteCsv(DbDataReader reader, TextWriter output, long? limit)
    {
        output.Write(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(i => Csv(reader.GetName(i)))));
        output.Write('\n');
        long rows = 0;
        while ((limit is null || rows < limit) && reader.Read())
        {
            for (int i = 0; i < reader.FieldCount; i++)
            {
                if (i > 0) output.Write(',');
                output.Write(reader.IsDBNull(i) ? "" : Csv(Cell(reader.GetValue(i))));
            }
            output.Write('\n');
            rows++;
        }
        return rows;
    }

    // An aligned plain-text table (grep- and less-friendly): widths from the rows, long cells cut.
    private static long WriteTable(DbDataReader reader, TextWriter output, string[]? only, long? limit)
    {
        var columns = only?.Select(reader.GetOrdinal).ToArray() ?? Enumerable.Range(0, reader.FieldCount).ToArray();
        var header = columns.Select(reader.GetName).ToArray();
        var rows = new List<string[]>();
        while ((limit is null || rows.Count < limit) && reader.Read())
            rows.Add(columns.Select(i => reader.IsDBNull(i) ? "" : Cut(Cell(reader.GetValue(i)).ReplaceLineEndings(" "))).ToArray());
        var widths = header.Select((h, c) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length))).ToArray();
        void Line(string[] cells) => output.Write(string.Join("  ", cells.Select((s, c) => c == cells.Length - 1 ? s : s.PadRight(widths[c]))).TrimEnd() + "\n");
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var row in rows) Line(row);
        return rows.Count;
    }

    private static string Cell(object value) => value switch
    {
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Cut(string s) => s.Length <= MaxCell ? s : s[..(MaxCell - 1)] + "…";

    private static string Csv(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
