using System.Data.Common;
using System.Globalization;

namespace Dyad.Storage.Schema;

/// <summary>Brings a store's schema to <see cref="Migrations.Latest"/>, one step per transaction.</summary>
internal static class Migrator
{
    /// <summary>Applies the missing steps; refuses a store written by a newer dyad.</summary>
    /// <param name="connection">An open connection.</param>
    /// <param name="dialect">Which database it is.</param>
    /// <param name="storeName">For messages.</param>
    /// <param name="lockSql">A statement that serialises concurrent migrators (PostgreSQL), run first in each step.</param>
    public static void Apply(DbConnection connection, StoreDialect dialect, string storeName, string? lockSql = null)
    {
        Execute(connection, null, Migrations.VersionTable);
        foreach (var step in Migrations.All)
        {
            using var tx = connection.BeginTransaction();
            if (lockSql is not null) Execute(connection, tx, lockSql);
            int current = CurrentVersion(connection, tx, storeName);
            if (current >= step.Version) { tx.Commit(); continue; }
            if (step.Sql.Length > 0) Execute(connection, tx, step.Sql);
            if (dialect == StoreDialect.Postgres && step.PostgresOnly.Length > 0) Execute(connection, tx, step.PostgresOnly);
            var description = step.Description.Replace("'", "''", StringComparison.Ordinal);
            Execute(connection, tx, string.Create(CultureInfo.InvariantCulture,
                $"INSERT INTO schema_version (version, description, applied_at) VALUES ({step.Version}, '{description}', TIMESTAMP '{DateTime.UtcNow:yyyy-MM-dd HH:mm:ss}')"));
            tx.Commit();
        }
    }

    /// <summary>The store's schema version (0 for a store without tables); throws when newer than this build.</summary>
    public static int CurrentVersion(DbConnection connection, DbTransaction? tx, string storeName)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_version";
        int version = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        if (version > Migrations.Latest)
            throw new StoreException(DyadErrors.Format(DyadErrors.StoreSchemaNewer, storeName, version, Migrations.Latest));
        return version;
    }

    /// <summary>True when the store has a schema_version table at all.</summary>
    public static bool HasVersionTable(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version'";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    internal static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
