using System.Data.Common;
using System.Globalization;
using System.Text;
using Dyad.Output;
using Dyad.Storage.Schema;
using Dyad.Storage.Writing;
using DuckDB.NET.Data;

namespace Dyad.Storage.DuckDb;

/// <summary>
/// The embedded store: one DuckDB file. Writes go through DuckDB's appender inside one
/// transaction per batch; a story already stored has its events deleted first in that same
/// transaction. DuckDB's write-ahead log makes a committed batch survive a kill.
/// </summary>
public sealed class DuckDbStore : EventStore
{
    // A DuckDB file carries these four bytes at offset 8 (after the header checksum).
    private static readonly byte[] Magic = "DUCK"u8.ToArray();

    private readonly DuckDBConnection _connection;

    private DuckDbStore(DuckDBConnection connection, string path) : base(path) => _connection = connection;

    /// <inheritdoc/>
    public override StoreDialect Dialect => StoreDialect.DuckDb;

    /// <inheritdoc/>
    protected override DbConnection Connection => _connection;

    /// <summary>Opens (or, read-write, creates) the DuckDB file at <paramref name="path"/>.</summary>
    public static DuckDbStore OpenFile(string path, StoreAccess access)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full)) throw new StoreException(DyadErrors.Format(DyadErrors.StoreNotDatabase, path));
        if (File.Exists(full))
        {
            if (!HasDuckDbHeader(full)) throw new StoreException(DyadErrors.Format(DyadErrors.StoreNotDatabase, path));
        }
        else if (access == StoreAccess.ReadOnly)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreMissing, path));
        }
        else if (Path.GetDirectoryName(full) is { } dir && !Directory.Exists(dir))
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, $"folder {dir} does not exist"));
        }

        var builder = new DuckDBConnectionStringBuilder { DataSource = full };
        if (access == StoreAccess.ReadOnly) builder["ACCESS_MODE"] = "READ_ONLY";
        var connection = new DuckDBConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            if (access == StoreAccess.ReadWrite) Migrator.Apply(connection, StoreDialect.DuckDb, path);
            else if (Migrator.HasVersionTable(connection)) Migrator.CurrentVersion(connection, null, path);
            else throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, "it is a DuckDB file but not a Dyad store (no schema_version table)"));
            return new DuckDbStore(connection, path);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
        catch (Exception e) when (e is DbException or IOException)
        {
            connection.Dispose();
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, path, FirstLine(e.Message)), e);
        }
    }

    /// <summary>True when the file starts like a DuckDB database; an empty or foreign file is never handed to DuckDB.</summary>
    internal static bool HasDuckDbHeader(string path)
    {
        Span<byte> head = stackalloc byte[12];
        using var file = File.OpenRead(path);
        if (file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) < head.Length) return false;
        return head[8..12].SequenceEqual(Magic);
    }

    /// <inheritdoc/>
    public override void Write(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.IsEmpty) return;
        DbTransaction? tx = null;
        try
        {
            tx = _connection.BeginTransaction();
            var ids = batch.Stories.Select(s => s.Result.Story.Id).ToList();
            var existing = ExistingStories(ids);
            if (existing.Count > 0)
            {
                Execute("DELETE FROM events WHERE story_id IN (SELECT unnest($1))", existing);
                Execute("DELETE FROM stories WHERE story_id IN (SELECT unnest($1))", existing);
            }
            if (batch.Rejects.Count > 0 || ids.Count > 0)
                Execute("DELETE FROM rejects WHERE origin IN (SELECT unnest($1)) OR story_id IN (SELECT unnest($2))",
                    batch.Rejects.Select(r => r.Origin).ToList(), ids);
            AppendStories(batch, codedAtUtc);
            AppendEvents(batch);
            AppendRejects(batch, codedAtUtc);
            tx.Commit();
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException)
        {
            try { tx?.Rollback(); } catch (Exception rollback) when (rollback is DbException or InvalidOperationException) { /* the database may be unusable; the write error below says why */ }
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreWriteFailed, DisplayName, FirstLine(e.Message)), e);
        }
        finally
        {
            tx?.Dispose();
        }
    }

    private List<string> ExistingStories(List<string> ids)
    {
        var found = new List<string>();
        if (ids.Count == 0) return found;
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT story_id FROM stories WHERE story_id IN (SELECT unnest($1))";
        command.Parameters.Add(new DuckDBParameter(ids));
        using var reader = command.ExecuteReader();
        while (reader.Read()) found.Add(reader.GetString(0));
        return found;
    }

    private void Execute(string sql, params List<string>[] lists)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        foreach (var list in lists) command.Parameters.Add(new DuckDBParameter(list));
        command.ExecuteNonQuery();
    }

    private void AppendStories(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.Stories.Count == 0) return;
        using var appender = _connection.CreateAppender("stories");
        foreach (var s in batch.Stories)
        {
            var story = s.Result.Story;
            appender.CreateRow()
                .AppendValue(story.Id).AppendValue((DateOnly?)story.Date).AppendValue(story.Source).AppendValue(story.Title)
                .AppendValue(story.Url).AppendValue(story.Language).AppendValue(story.Origin).AppendValue(s.TextHash)
                .AppendValue((int?)story.Text.Length).AppendValue((int?)s.Result.Events.Count).AppendValue((DateTime?)codedAtUtc)
                .EndRow();
        }
    }

    private void AppendEvents(StoreBatch batch)
    {
        if (batch.EventCount == 0) return;
        using var appender = _connection.CreateAppender("events");
        foreach (var s in batch.Stories)
        {
            var outlet = s.Result.Story.Source;
            foreach (var e in s.Result.Events)
            {
                var loc = e.Location;
                appender.CreateRow()
                    .AppendValue(e.EventId).AppendValue(e.StoryId).AppendValue((DateOnly?)ParseDate(e.Date)).AppendValue((int?)e.SentenceIndex).AppendValue(e.Sentence)
                    .AppendValue(e.Source.Code).AppendValue(e.Source.Country).AppendValue(Agents(e.Source)).AppendValue(e.Source.Text).AppendValue(e.Source.Name)
                    .AppendValue(e.Target.Code).AppendValue(e.Target.Country).AppendValue(Agents(e.Target)).AppendValue(e.Target.Text).AppendValue(e.Target.Name)
                    .AppendValue(e.Cameo).AppendValue(e.CameoName).AppendValue(e.Root).AppendValue((int?)e.QuadClass).AppendValue((double?)e.Goldstein)
                    .AppendValue(e.Plover.EventType).AppendValue(e.Plover.Mode).AppendValue(e.Mode)
                    .AppendValue(loc?.Name).AppendValue(loc?.Country).AppendValue(loc?.Lat).AppendValue(loc?.Lon).AppendValue(loc?.GazetteerId)
                    .AppendValue(e.Evidence.Trigger).AppendValue(e.Evidence.Rule).AppendValue((double?)e.Evidence.Confidence).AppendValue(outlet)
                    .EndRow();
            }
        }
    }

    private void AppendRejects(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.Rejects.Count == 0) return;
        using var appender = _connection.CreateAppender("rejects");
        foreach (var r in batch.Rejects)
            appender.CreateRow().AppendValue(r.Origin).AppendValue(r.StoryId).AppendValue(r.Reason).AppendValue((DateTime?)codedAtUtc).EndRow();
    }

    /// <summary>Agent codes as one text: <c>GOV;MIL</c> (the CSV form), null when there are none.</summary>
    internal static string? Agents(ActorRecord actor) =>
        actor.Agents.IsDefaultOrEmpty ? null : string.Join(';', actor.Agents);

    internal static DateOnly ParseDate(string date) =>
        DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Copies a query's result to a Parquet file (DuckDB's own writer, zstd-compressed).</summary>
    public void CopyToParquet(string sql, string path)
    {
        var quoted = path.Replace("'", "''", StringComparison.Ordinal);
        using var command = _connection.CreateCommand();
        command.CommandText = new StringBuilder("COPY (").Append(sql).Append(") TO '").Append(quoted).Append("' (FORMAT PARQUET, COMPRESSION ZSTD)").ToString();
        try
        {
            command.ExecuteNonQuery();
        }
        catch (DbException e)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreQueryFailed, FirstLine(e.Message)), e);
        }
    }

    /// <summary>A throwaway in-memory DuckDB, used to write Parquet from another store's rows.</summary>
    internal static DuckDbStore OpenInMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return new DuckDbStore(connection, ":memory:");
    }

    internal DuckDBConnection Raw => _connection;
}
