namespace Dyad.Storage.Schema;

/// <summary>
/// The PostgreSQL tables of <c>dyad cluster</c> (migrations 3 and 4). Orleans's ADO.NET clustering
/// ships no schema, so Dyad writes its own: the three tables the provider reads (<c>OrleansQuery</c>,
/// <c>OrleansMembershipVersionTable</c>, <c>OrleansMembershipTable</c>) and the queries it runs, keyed
/// and parameterised as the provider expects (it reads columns by name and binds <c>@Name</c>
/// parameters). Conditional membership writes bump the table version first and insert or update
/// only when that succeeded, in one statement, so a lost race changes nothing.
/// Job and shard state (<c>cluster_jobs</c>, <c>cluster_shards</c>) sit beside the events they produce.
/// </summary>
internal static class ClusterSchema
{
    /// <summary>Orleans membership: tables and the provider's named queries.</summary>
    public const string Membership =
        """
        CREATE TABLE OrleansQuery (
            QueryKey  VARCHAR(64) PRIMARY KEY,
            QueryText TEXT NOT NULL
        );
        CREATE TABLE OrleansMembershipVersionTable (
            DeploymentId VARCHAR(150) PRIMARY KEY,
            Timestamp    TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
            Version      INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE OrleansMembershipTable (
            DeploymentId VARCHAR(150) NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
            Address      VARCHAR(45) NOT NULL,
            Port         INTEGER NOT NULL,
            Generation   INTEGER NOT NULL,
            SiloName     VARCHAR(150) NOT NULL,
            HostName     VARCHAR(150) NOT NULL,
            Status       INTEGER NOT NULL,
            ProxyPort    INTEGER,
            SuspectTimes VARCHAR(8000),
            StartTime    TIMESTAMPTZ(3) NOT NULL,
            IAmAliveTime TIMESTAMPTZ(3) NOT NULL,
            PRIMARY KEY (DeploymentId, Address, Port, Generation)
        );
        INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
        ('UpdateIAmAlivetimeKey', $q$
            UPDATE OrleansMembershipTable SET IAmAliveTime = @IAmAliveTime
            WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
        $q$),
        ('InsertMembershipVersionKey', $q$
            WITH inserted AS (
                INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId)
                ON CONFLICT (DeploymentId) DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM inserted
        $q$),
        ('InsertMembershipKey', $q$
            WITH version AS (
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = @DeploymentId AND Version = @Version
                  AND NOT EXISTS (SELECT 1 FROM OrleansMembershipTable m WHERE m.DeploymentId = @DeploymentId
                                  AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation)
                RETURNING 1),
            inserted AS (
                INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName,
                                                    Status, ProxyPort, StartTime, IAmAliveTime)
                SELECT @DeploymentId, @Address, @Port, @Generation, @SiloName, @HostName,
                       @Status, @ProxyPort, @StartTime, @IAmAliveTime
                WHERE EXISTS (SELECT 1 FROM version)
                ON CONFLICT DO NOTHING RETURNING 1)
            SELECT count(*)::integer FROM inserted
        $q$),
        ('UpdateMembershipKey', $q$
            WITH version AS (
                UPDATE OrleansMembershipVersionTable SET Version = Version + 1, Timestamp = now()
                WHERE DeploymentId = @DeploymentId AND Version = @Version RETURNING 1),
            updated AS (
                UPDATE OrleansMembershipTable
                SET Status = @Status, SuspectTimes = @SuspectTimes, IAmAliveTime = @IAmAliveTime
                WHERE DeploymentId = @DeploymentId AND Address = @Address AND Port = @Port AND Generation = @Generation
                  AND EXISTS (SELECT 1 FROM version)
                RETURNING 1)
            SELECT count(*)::integer FROM updated
        $q$),
        ('MembershipReadRowKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
                   m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
                 AND m.Address = @Address AND m.Port = @Port AND m.Generation = @Generation
            WHERE v.DeploymentId = @DeploymentId
        $q$),
        ('MembershipReadAllKey', $q$
            SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status,
                   m.ProxyPort, m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
            FROM OrleansMembershipVersionTable v
            LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
            WHERE v.DeploymentId = @DeploymentId
        $q$),
        ('DeleteMembershipTableEntriesKey', $q$
            DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId;
            DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId
        $q$),
        ('GatewaysQueryKey', $q$
            SELECT Address, ProxyPort, Generation FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = @Status AND ProxyPort > 0
        $q$),
        ('CleanupDefunctSiloEntriesKey', $q$
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND IAmAliveTime < @IAmAliveTime AND StartTime < @IAmAliveTime
              AND coalesce(SuspectTimes, '') = '' AND Status = 6
        $q$),
        ('CleanupDefunctSiloEntryKey', $q$
            DELETE FROM OrleansMembershipTable
            WHERE DeploymentId = @DeploymentId AND Status = 6
              AND Address = @Address AND Port = @Port AND Generation = @Generation
              AND IAmAliveTime = @IAmAliveTime AND StartTime = @StartTime
              AND coalesce(SuspectTimes, '') = coalesce(@SuspectTimes, '')
        $q$);
        """;

    /// <summary>
    /// Jobs and their shards. A shard is leased by one silo at a time (<c>lease_token</c>, renewed
    /// through <c>lease_until</c> on the database's clock); it becomes <c>done</c> only through a
    /// write that names the current token, with its counts, so each shard is counted once.
    /// </summary>
    public const string Jobs =
        """
        CREATE TABLE cluster_jobs (
            job_id      TEXT PRIMARY KEY,
            paths       TEXT NOT NULL,
            shard_count INTEGER NOT NULL,
            created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
            finished_at TIMESTAMPTZ
        );
        CREATE TABLE cluster_shards (
            job_id      TEXT NOT NULL REFERENCES cluster_jobs (job_id) ON DELETE CASCADE,
            shard_no    INTEGER NOT NULL,
            pieces      TEXT NOT NULL,
            state       TEXT NOT NULL DEFAULT 'pending',
            owner       TEXT,
            lease_token TEXT,
            leased_at   TIMESTAMPTZ,
            lease_until TIMESTAMPTZ,
            attempts    INTEGER NOT NULL DEFAULT 0,
            owners      TEXT NOT NULL DEFAULT '',
            last_error  TEXT,
            read        BIGINT,
            coded       BIGINT,
            no_event    BIGINT,
            rejected    BIGINT,
            events      BIGINT,
            done_at     TIMESTAMPTZ,
            PRIMARY KEY (job_id, shard_no),
            CHECK (state IN ('pending', 'leased', 'done', 'failed'))
        );
        CREATE INDEX cluster_shards_open ON cluster_shards (job_id, shard_no) WHERE state <> 'done';
        """;
}
