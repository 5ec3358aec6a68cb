using System.Collections.Generic;

namespace FregGen.Replica.Storage.Sqlite
{
    /// <summary>
    /// The SQLite schema, as numbered migrations. The database's <c>PRAGMA user_version</c> records the last one
    /// applied; a newer database than this library knows is refused rather than written to.
    /// </summary>
    internal static class SqliteSchema
    {
        public static IReadOnlyList<string[]> Migrations { get; } = new[]
        {
            new[]
            {
                """
                CREATE TABLE person (
                    identifier TEXT PRIMARY KEY NOT NULL,
                    status TEXT NULL,
                    municipality TEXT NULL,
                    address_protection TEXT NULL,
                    document TEXT NOT NULL,
                    last_sequence INTEGER NULL,
                    updated_at INTEGER NOT NULL
                ) WITHOUT ROWID
                """,
                "CREATE INDEX person_status ON person (status)",
                "CREATE INDEX person_municipality ON person (municipality)",
                "CREATE TABLE person_identifier (identifier TEXT PRIMARY KEY NOT NULL, person_identifier TEXT NOT NULL) WITHOUT ROWID",
                "CREATE INDEX person_identifier_person ON person_identifier (person_identifier)",
                "CREATE TABLE sealed_address (identifier TEXT PRIMARY KEY NOT NULL, addresses TEXT NOT NULL) WITHOUT ROWID",
                """
                CREATE TABLE replica_state (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    version INTEGER NOT NULL,
                    phase TEXT NOT NULL,
                    next_sequence INTEGER NOT NULL,
                    state TEXT NOT NULL,
                    updated_at INTEGER NOT NULL
                )
                """,
                "INSERT INTO replica_state (id, version, phase, next_sequence, state, updated_at) VALUES (1, 0, 'empty', 0, '{}', 0)",
                "CREATE TABLE replica_lease (id INTEGER PRIMARY KEY CHECK (id = 1), holder TEXT NULL, epoch INTEGER NOT NULL, expires_at INTEGER NULL)",
                "INSERT INTO replica_lease (id, holder, epoch, expires_at) VALUES (1, NULL, 0, NULL)",
                """
                CREATE TABLE replica_batch_log (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    kind TEXT NOT NULL,
                    first_sequence INTEGER NULL,
                    last_sequence INTEGER NULL,
                    job TEXT NULL,
                    batch INTEGER NULL,
                    batch_offset INTEGER NULL,
                    items INTEGER NOT NULL,
                    persons INTEGER NOT NULL,
                    holder TEXT NOT NULL,
                    epoch INTEGER NOT NULL,
                    applied_at INTEGER NOT NULL
                )
                """,
            },
        };
    }
}
