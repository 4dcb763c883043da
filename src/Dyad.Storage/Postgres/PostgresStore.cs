using System.Data.Common;
using Dyad.Storage.DuckDb;
using Dyad.Storage.Schema;
using Dyad.Storage.Writing;
using Npgsql;
using NpgsqlTypes;

namespace Dyad.Storage.Postgres;

/// <summary>
/// The shared store: a PostgreSQL database with the same tables and views as the DuckDB file.
/// Each batch is one transaction: the batch's stories are deleted (with their events, through an
/// index on <c>story_id</c>), then stories, events and rejects arrive by binary <c>COPY</c>.
/// Two writers coding the same story at the same moment make one of them fail on the
/// <c>event_id</c> key rather than store duplicates.
/// </summary>
public sealed class PostgresStore : EventStore
{
    // Any constant: serialises schema steps when several coders start against one database.
    private const string MigrationLock = "SELECT pg_advisory_xact_lock(7438100523)";

    private readonly NpgsqlConnection _connection;

    private PostgresStore(NpgsqlConnection connection, string displayName) : base(displayName) => _connection = connection;

    /// <inheritdoc/>
    public override StoreDialect Dialect => StoreDialect.Postgres;

    /// <inheritdoc/>
    protected override DbConnection Connection => _connection;

    /// <summary>Connects with an Npgsql connection string (<c>Host=…;Port=…;Username=…;Database=…</c>).</summary>
    public static PostgresStore Connect(string connectionString, StoreAccess access)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, "(connection string)", e.Message), e);
        }
        // Fail fast when the server is down or unreachable, unless the caller chose a timeout.
        if (!connectionString.Contains("timeout", StringComparison.OrdinalIgnoreCase)) builder.Timeout = 5;
        var name = $"{builder.Host}:{builder.Port}/{builder.Database ?? builder.Username}";
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or ArgumentException)
        {
            connection.Dispose();
            var why = e.InnerException is { } inner && e is NpgsqlException { SqlState: null } ? inner.Message : e.Message;
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreUnreachable, name, FirstLine(why)), e);
        }
        try
        {
            if (access == StoreAccess.ReadWrite)
            {
                Migrator.Apply(connection, StoreDialect.Postgres, name, MigrationLock);
            }
            else
            {
                if (!Migrator.HasVersionTable(connection)) throw new StoreException(DyadErrors.Format(DyadErrors.StoreMissing, name));
                Migrator.CurrentVersion(connection, null, name);
                using var readOnly = connection.CreateCommand();
                readOnly.CommandText = "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
                readOnly.ExecuteNonQuery();
            }
            return new PostgresStore(connection, name);
        }
        catch (StoreException)
        {
            connection.Dispose();
            throw;
        }
        catch (DbException e)
        {
            connection.Dispose();
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreOpenFailed, name, FirstLine(e.Message)), e);
        }
    }

    /// <inheritdoc/>
    public override void Write(StoreBatch batch, DateTime codedAtUtc)
    {
        if (batch.IsEmpty) return;
        // PostgreSQL's "timestamp" has no zone; the column holds UTC.
        var at = DateTime.SpecifyKind(codedAtUtc, DateTimeKind.Unspecified);
        NpgsqlTransaction? tx = null;
        try
        {
            tx = _connection.BeginTransaction();
            var ids = batch.Stories.Select(s => s.Result.Story.Id).ToArray();
            var origins = batch.Rejects.Select(r => r.Origin).ToArray();
            using (var delete = new NpgsqlBatch(_connection, tx))
            {
                delete.BatchCommands.Add(Command("DELETE FROM events WHERE story_id = ANY($1)", ids));
                delete.BatchCommands.Add(Command("DELETE FROM stories WHERE story_id = ANY($1)", ids));
                var rejects = Command("DELETE FROM rejects WHERE origin = ANY($1) OR story_id = ANY($2)", origins);
                rejects.Parameters.Add(new NpgsqlParameter { Value = ids });
                delete.BatchCommands.Add(rejects);
                delete.ExecuteNonQuery();
            }
            CopyStories(batch, at);
            CopyEvents(batch);
            CopyRejects(batch, at);
            tx.Commit();
        }
        catch (Exception e) when (e is DbException or IOException or InvalidOperationException or TimeoutException)
        {
            try { tx?.Rollback(); } catch (Exception rollback) when (rollback is DbException or InvalidOperationException or IOException) { /* the connection may be gone; the write error below says why */ }
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreWriteFailed, DisplayName, FirstLine(e.Message)), e);
        }
        finally
        {
            tx?.Dispose();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, string[] list)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = list });
        return command;
    }

    private static string CopySql(string table, IReadOnlyList<string> columns) =>
        $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)";

    private void CopyStories(StoreBatch batch, DateTime at)
    {
        if (batch.Stories.Count == 0) return;
        using var copy = _connection.BeginBinaryImport(CopySql("stories", Migrations.StoryColumns));
        foreach (var s in batch.Stories)
        {
            var story = s.Result.Story;
            copy.StartRow();
            copy.Write(story.Id, NpgsqlDbType.Text);
            copy.Write(story.Date, NpgsqlDbType.Date);
            Text(copy, story.Source);
            Text(copy, story.Title);
            Text(copy, story.Url);
            Text(copy, story.Language);
            Text(copy, story.Origin);
            copy.Write(s.TextHash, NpgsqlDbType.Text);
            copy.Write(story.Text.Length, NpgsqlDbType.Integer);
            copy.Write(s.Result.Events.Count, NpgsqlDbType.Integer);
            copy.Write(at, NpgsqlDbType.Timestamp);
            Text(copy, story.DuplicateOf);
        }
        copy.Complete();
    }

    private void CopyEvents(StoreBatch batch)
    {
        if (batch.EventCount == 0) return;
        using var copy = _connection.BeginBinaryImport(CopySql("events", Migrations.EventColumns));
        foreach (var s in batch.Stories)
        {
            var outlet = s.Result.Story.Source;
            foreach (var e in s.Result.Events)
            {
                var loc = e.Location;
                copy.StartRow();
                copy.Write(e.EventId, NpgsqlDbType.Text);
                copy.Write(e.StoryId, NpgsqlDbType.Text);
                copy.Write(DuckDbStore.ParseDate(e.Date), NpgsqlDbType.Date);
                copy.Write(e.SentenceIndex, NpgsqlDbType.Integer);
                copy.Write(e.Sentence, NpgsqlDbType.Text);
                copy.Write(e.Source.Code, NpgsqlDbType.Text);
                Text(copy, e.Source.Country);
                Text(copy, DuckDbStore.Agents(e.Source));
                Text(copy, e.Source.Text);
                Text(copy, e.Source.Name);
                copy.Write(e.Target.Code, NpgsqlDbType.Text);
                Text(copy, e.Target.Country);
                Text(copy, DuckDbStore.Agents(e.Target));
                Text(copy, e.Target.Text);
                Text(copy, e.Target.Name);
                copy.Write(e.Cameo, NpgsqlDbType.Text);
                Text(copy, e.CameoName);
                copy.Write(e.Root, NpgsqlDbType.Text);
                copy.Write(e.QuadClass, NpgsqlDbType.Integer);
                copy.Write(e.Goldstein, NpgsqlDbType.Double);
                Text(copy, e.Plover.EventType);
                Text(copy, e.Plover.Mode);
                Text(copy, e.Mode);
                Text(copy, loc?.Name);
                Text(copy, loc?.Country);
                Double(copy, loc?.Lat);
                Double(copy, loc?.Lon);
                Text(copy, loc?.GazetteerId);
                Text(copy, e.Evidence.Trigger);
                Text(copy, e.Evidence.Rule);
                copy.Write(e.Evidence.Confidence, NpgsqlDbType.Double);
                Text(copy, outlet);
            }
        }
        copy.Complete();
    }

    private void CopyRejects(StoreBatch batch, DateTime at)
    {
        if (batch.Rejects.Count == 0) return;
        using var copy = _connection.BeginBinaryImport(CopySql("rejects", Migrations.RejectColumns));
        foreach (var r in batch.Rejects)
        {
            copy.StartRow();
            copy.Write(r.Origin, NpgsqlDbType.Text);
            Text(copy, r.StoryId);
            copy.Write(r.Reason, NpgsqlDbType.Text);
            copy.Write(at, NpgsqlDbType.Timestamp);
        }
        copy.Complete();
    }

    private static void Text(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null) copy.WriteNull();
        else copy.Write(value, NpgsqlDbType.Text);
    }

    private static void Double(NpgsqlBinaryImporter copy, double? value)
    {
        if (value is { } v) copy.Write(v, NpgsqlDbType.Double);
        else copy.WriteNull();
    }
}
