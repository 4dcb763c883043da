using System.Data.Common;
using System.Text;
using Dyad.Output;
using Dyad.Storage.DuckDb;
using Dyad.Storage.Querying;
using Dyad.Storage.Schema;

namespace Dyad.Storage.Export;

/// <summary>Export forms of a store's events (layouts in docs/formats.md).</summary>
public enum ExportFormat
{
    /// <summary>Event records, contract v1, one JSON object a line.</summary>
    Jsonl,
    /// <summary>The flat CSV of <c>dyad code --format csv</c>.</summary>
    Csv,
    /// <summary>The <c>events</c> table's columns in a Parquet file.</summary>
    Parquet,
    /// <summary>The GDELT 2.0 event table (61 columns, deduplicated with counts).</summary>
    Gdelt,
    /// <summary>The Phoenix TSV (26 columns, one a day).</summary>
    Phoenix,
}

/// <summary>
/// Writes a store's events to a file. The file appears only when the export succeeded: rows go
/// to a temporary file beside it, renamed at the end, so a failed export leaves no half file.
/// </summary>
public static class EventExport
{
    /// <summary>Exports the events matching <paramref name="filter"/>; returns the number of rows written.</summary>
    /// <param name="store">The store to read.</param>
    /// <param name="format">The layout.</param>
    /// <param name="filter">Which events.</param>
    /// <param name="output">A file path, or <c>-</c> for standard output (not for Parquet).</param>
    /// <param name="daily">Export <c>events_daily</c> (one a day) instead of every event (jsonl, csv, parquet).</param>
    public static long Run(EventStore store, ExportFormat format, EventFilter filter, string output, bool daily = false)
    {
        if (output == "-")
        {
            if (format == ExportFormat.Parquet) throw new ArgumentException("Parquet cannot go to standard output", nameof(output));
            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false));
            return WriteText(store, format, filter, stdout, daily);
        }
        var full = Path.GetFullPath(output);
        var partial = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.partial");
        try
        {
            long rows;
            if (format == ExportFormat.Parquet)
            {
                rows = WriteParquet(store, filter, partial, daily);
            }
            else
            {
                using var writer = new StreamWriter(partial, false, new UTF8Encoding(false), 1 << 16);
                rows = WriteText(store, format, filter, writer, daily);
            }
            File.Move(partial, full, overwrite: true);
            return rows;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static long WriteText(EventStore store, ExportFormat format, EventFilter filter, TextWriter output, bool daily)
    {
        switch (format)
        {
            case ExportFormat.Gdelt:
            {
                using var reader = store.Query(GdeltLayout.Sql(filter));
                return GdeltLayout.Write(reader, output);
            }
            case ExportFormat.Phoenix:
            {
                using var reader = store.Query(PhoenixLayout.Sql(filter));
                return PhoenixLayout.Write(reader, output);
            }
            default:
            {
                using var reader = store.Query(EventQueries.Events(filter, daily));
                var rows = new EventRows(reader);
                var writer = new EventWriter(output, format == ExportFormat.Csv ? EventFormat.Csv : EventFormat.Jsonl);
                long n = 0;
                while (reader.Read())
                {
                    writer.Write(rows.Read(reader));
                    n++;
                }
                writer.Finish();
                return n;
            }
        }
    }

    private static long WriteParquet(EventStore store, EventFilter filter, string path, bool daily)
    {
        var sql = EventQueries.Events(filter, daily);
        if (store is DuckDbStore duck)
        {
            duck.CopyToParquet(sql, path);
            return Convert.ToInt64(duck.Scalar($"SELECT count(*) FROM ({sql}) AS exported"), System.Globalization.CultureInfo.InvariantCulture);
        }
        // Another database: stage its rows in an in-memory DuckDB with the same schema, then let DuckDB write Parquet.
        using var staging = DuckDbStore.OpenInMemory();
        Migrator.Apply(staging.Raw, StoreDialect.DuckDb, ":memory:");
        long rows = 0;
        using (var reader = store.Query(sql))
        using (var appender = staging.Raw.CreateAppender("events"))
        {
            var columns = Migrations.EventColumns.Select(reader.GetOrdinal).ToArray();
            while (reader.Read())
            {
                var row = appender.CreateRow();
                foreach (var i in columns) AppendValue(row, reader, i);
                row.EndRow();
                rows++;
            }
        }
        staging.CopyToParquet(EventQueries.Events(EventFilter.All), path);
        return rows;
    }

    private static void AppendValue(DuckDB.NET.Data.IDuckDBAppenderRow row, DbDataReader reader, int i)
    {
        if (reader.IsDBNull(i)) { row.AppendNullValue(); return; }
        switch (reader.GetDataTypeName(i))
        {
            case "date": row.AppendValue((DateOnly?)reader.GetFieldValue<DateOnly>(i)); break;
            case "integer": row.AppendValue((int?)reader.GetInt32(i)); break;
            case "double precision": row.AppendValue((double?)reader.GetDouble(i)); break;
            default: row.AppendValue(reader.GetString(i)); break;
        }
    }
}
