using System.Collections.Generic;

namespace FregGen.Replica.PostgreSql
{
    /// <summary>
    /// The PostgreSQL schema as numbered migrations; <c>{schema}</c> stands for the quoted schema name. Applied in one
    /// transaction under a transaction-level advisory lock, so that instances starting together migrate once.
    /// </summary>
    internal static class PostgreSqlSchema
    {
        public static IReadOnlyList<string> Migrations { get; } = new[]
        {
            """
            CREATE TABLE {schema}.person (
                identifier text PRIMARY KEY,
                status text NULL,
                municipality text NULL,
                address_protection text NULL,
                document jsonb NOT NULL,
                last_sequence bigint NULL,
                updated_at timestamptz NOT NULL
            );
            CREATE INDEX person_status ON {schema}.person (status);
            CREATE INDEX person_municipality ON {schema}.person (municipality);
            CREATE TABLE {schema}.person_identifier (identifier text PRIMARY KEY, person_identifier text NOT NULL);
            CREATE INDEX person_identifier_person ON {schema}.person_identifier (person_identifier);
            CREATE TABLE {schema}.sealed_address (identifier text PRIMARY KEY, addresses jsonb NOT NULL);
            CREATE TABLE {schema}.replica_state (
                id int PRIMARY KEY CHECK (id = 1),
                version bigint NOT NULL,
                phase text NOT NULL,
                next_sequence bigint NOT NULL,
                state jsonb NOT NULL,
                updated_at timestamptz NOT NULL
            );
            INSERT INTO {schema}.replica_state VALUES (1, 0, 'empty', 0, '{}', now());
            CREATE TABLE {schema}.replica_lease (id int PRIMARY KEY CHECK (id = 1), holder text NULL, epoch bigint NOT NULL, expires_at timestamptz NULL);
            INSERT INTO {schema}.replica_lease VALUES (1, NULL, 0, NULL);
            CREATE TABLE {schema}.replica_batch_log (
                id bigserial PRIMARY KEY,
                kind text NOT NULL,
                first_sequence bigint NULL,
                last_sequence bigint NULL,
                job text NULL,
                batch bigint NULL,
                batch_offset int NULL,
                items int NOT NULL,
                persons int NOT NULL,
                holder text NOT NULL,
                epoch bigint NOT NULL,
                applied_at timestamptz NOT NULL
            );
            CREATE INDEX replica_batch_log_applied_at ON {schema}.replica_batch_log (applied_at);
            """,
        };
    }
}
