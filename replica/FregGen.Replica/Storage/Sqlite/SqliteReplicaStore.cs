using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Documents;
using FregGen.Replica.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// The embedded store: one SQLite file (Microsoft.Data.Sqlite, WAL journal). Person documents are JSON text with
    /// indexed identity number, status and kommune columns; the checkpoint, the lease and the batch log live in the same
    /// file, and every batch is one <c>BEGIN IMMEDIATE</c> transaction that also checks the checkpoint version and the lease.
    /// Several processes on one machine may share the file; the lease picks the one that writes.
    /// </summary>
    public sealed class SqliteReplicaStore : IFregReplicaStore
    {
        private const int MaxParameters = 500;

        private readonly string connectionString;
        private readonly FregReplicaStoreOptions options;

        /// <summary>Creates a store for the SQLite file at <paramref name="databasePath"/> (created with its folder on first use).</summary>
        /// <param name="databasePath">The database file.</param>
        /// <param name="options">Batch-log retention and clock; defaults when <see langword="null"/>.</param>
        public SqliteReplicaStore(string databasePath, FregReplicaStoreOptions? options = null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
            DatabasePath = Path.GetFullPath(databasePath);
            connectionString = new SqliteConnectionStringBuilder
            {
                DataSource = DatabasePath,
                Mode = SqliteOpenMode.ReadWriteCreate,
                Pooling = true,
                DefaultTimeout = 60,
            }.ToString();
            this.options = options ?? new FregReplicaStoreOptions();
        }

        /// <summary>The database file.</summary>
        public string DatabasePath { get; }

        /// <inheritdoc />
        public string Name => "sqlite";

        /// <inheritdoc />
        public async Task InitializeAsync(CancellationToken cancellationToken)
        {
            if (Path.GetDirectoryName(DatabasePath) is { Length: > 0 } folder)
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var version = Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (version > SqliteSchema.Migrations.Count)
            {
                throw new InvalidOperationException("The replica database '" + DatabasePath + "' has schema version " + version + "; this library knows up to " + SqliteSchema.Migrations.Count + ". Use a newer FregGen.Replica.");
            }

            for (var migration = version; migration < SqliteSchema.Migrations.Count; migration++)
            {
                foreach (var statement in SqliteSchema.Migrations[migration])
                {
                    await ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, transaction, "PRAGMA user_version = " + (migration + 1), cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<FregReplicaCheckpoint> LoadCheckpointAsync(CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            return await ReadCheckpointAsync(connection, null, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<long?> TryAcquireLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var now = Now();
            await using var read = Command(connection, transaction, "SELECT holder, epoch, expires_at FROM replica_lease WHERE id = 1");
            string? current;
            long epoch;
            long? expires;
            await using (var reader = await read.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
                current = reader.IsDBNull(0) ? null : reader.GetString(0);
                epoch = reader.GetInt64(1);
                expires = reader.IsDBNull(2) ? null : reader.GetInt64(2);
            }

            if (current is not null && current != holder && expires > now)
            {
                return null;
            }

            await ExecuteAsync(connection, transaction, "UPDATE replica_lease SET holder = $holder, epoch = $epoch, expires_at = $expires WHERE id = 1", cancellationToken, ("$holder", holder), ("$epoch", epoch + 1), ("$expires", now + (long)duration.TotalMilliseconds)).ConfigureAwait(false);
            var cutoff = now - (long)options.BatchLogRetention.TotalMilliseconds;
            await ExecuteAsync(connection, transaction, "DELETE FROM replica_batch_log WHERE applied_at < $cutoff", cancellationToken, ("$cutoff", cutoff)).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return epoch + 1;
        }

        /// <inheritdoc />
        public async Task<bool> RenewLeaseAsync(string holder, long epoch, TimeSpan duration, CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var rows = await ExecuteAsync(connection, null, "UPDATE replica_lease SET expires_at = $expires WHERE id = 1 AND holder = $holder AND epoch = $epoch", cancellationToken, ("$expires", Now() + (long)duration.TotalMilliseconds), ("$holder", holder), ("$epoch", epoch)).ConfigureAwait(false);
            return rows == 1;
        }

        /// <inheritdoc />
        public async Task ReleaseLeaseAsync(string holder, long epoch, CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "UPDATE replica_lease SET holder = NULL, expires_at = NULL WHERE id = 1 AND holder = $holder AND epoch = $epoch", cancellationToken, ("$holder", holder), ("$epoch", epoch)).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<FregReplicaLease?> ReadLeaseAsync(CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT holder, epoch FROM replica_lease WHERE id = 1 AND holder IS NOT NULL AND expires_at > $now", ("$now", Now()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new FregReplicaLease(reader.GetString(0), reader.GetInt64(1)) : null;
        }

        /// <inheritdoc />
        public async Task<FregReplicaApplyResult> ApplyAsync(FregReplicaChangeSet changes, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(changes);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var now = Now();
            var holds = await ScalarAsync(connection, transaction, "SELECT count(*) FROM replica_lease WHERE id = 1 AND holder = $holder AND epoch = $epoch AND expires_at > $now", cancellationToken, ("$holder", changes.Holder), ("$epoch", changes.Epoch), ("$now", now)).ConfigureAwait(false);
            if (Convert.ToInt64(holds, System.Globalization.CultureInfo.InvariantCulture) != 1)
            {
                throw new FregReplicaConflictException("The batch was not written: this instance does not hold the leader lease (epoch " + changes.Epoch + ").");
            }

            var rekeyed = await WritePersonsAsync(connection, transaction, changes.Persons, now, cancellationToken).ConfigureAwait(false);
            var stored = await ReadCheckpointAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            if (stored.Version != changes.ExpectedVersion)
            {
                throw new FregReplicaConflictException("The batch was not written: the checkpoint is at version " + stored.Version + ", the batch was built on " + changes.ExpectedVersion + ".");
            }

            var checkpoint = changes.Checkpoint with
            {
                Version = changes.ExpectedVersion + 1,
                Counters = stored.Counters.Add(changes.CounterDelta with { IdentityChanges = rekeyed }),
            };
            await ExecuteAsync(
                connection,
                transaction,
                "UPDATE replica_state SET version = $version, phase = $phase, next_sequence = $next, state = $state, updated_at = $now WHERE id = 1",
                cancellationToken,
                ("$version", checkpoint.Version),
                ("$phase", CheckpointJson.PhaseName(checkpoint.Phase)),
                ("$next", checkpoint.NextSequence),
                ("$state", CheckpointJson.Write(checkpoint)),
                ("$now", now)).ConfigureAwait(false);
            if (changes.Record is { } record)
            {
                await ExecuteAsync(
                    connection,
                    transaction,
                    "INSERT INTO replica_batch_log (kind, first_sequence, last_sequence, job, batch, batch_offset, items, persons, holder, epoch, applied_at) VALUES ($kind, $first, $last, $job, $batch, $offset, $items, $persons, $holder, $epoch, $now)",
                    cancellationToken,
                    ("$kind", record.Kind),
                    ("$first", record.FirstSequence),
                    ("$last", record.LastSequence),
                    ("$job", record.Job),
                    ("$batch", record.Batch),
                    ("$offset", record.Offset),
                    ("$items", record.Items),
                    ("$persons", record.Persons),
                    ("$holder", changes.Holder),
                    ("$epoch", changes.Epoch),
                    ("$now", now)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new FregReplicaApplyResult(checkpoint, rekeyed);
        }

        /// <inheritdoc />
        public async Task<IReadOnlyDictionary<string, string>> ResolveIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in identifiers.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
            {
                await using var command = InCommand(connection, "SELECT identifier, person_identifier FROM person_identifier WHERE identifier IN ({0})", chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    result[reader.GetString(0)] = reader.GetString(1);
                }
            }

            return result;
        }

        /// <inheritdoc />
        public async Task<IReadOnlyDictionary<string, byte[]>> ReadDocumentsAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            foreach (var chunk in identifiers.Distinct(StringComparer.Ordinal).Chunk(MaxParameters))
            {
                await using var command = InCommand(connection, "SELECT p.identifier, p.document, s.addresses FROM person p LEFT JOIN sealed_address s ON s.identifier = p.identifier WHERE p.identifier IN ({0})", chunk);
                await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var document = Encoding.UTF8.GetBytes(reader.GetString(1));
                    result[reader.GetString(0)] = PersonDocumentEditor.Combine(document, reader.IsDBNull(2) ? null : Encoding.UTF8.GetBytes(reader.GetString(2)));
                }
            }

            return result;
        }

        /// <inheritdoc />
        public async Task<FregStoredPerson?> FindPersonAsync(string identifier, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(identifier);
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            const string Select = "SELECT p.identifier, p.status, p.municipality, p.address_protection, p.document, s.addresses, p.last_sequence FROM person p LEFT JOIN sealed_address s ON s.identifier = p.identifier ";
            await using var command = Command(connection, null, Select + "WHERE p.identifier = (SELECT person_identifier FROM person_identifier WHERE identifier = $id) OR p.identifier = $id LIMIT 1", ("$id", identifier));
            FregStoredPerson? person = null;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                if (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    person = ReadPerson(reader, Array.Empty<string>());
                }
            }

            return person is null ? null : person with { Identifiers = await IdentifiersOfAsync(connection, person.Identifier, cancellationToken).ConfigureAwait(false) };
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<FregStoredPerson> ReadAllPersonsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            await using (var command = Command(connection, null, "SELECT person_identifier, identifier FROM person_identifier ORDER BY identifier"))
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var person = reader.GetString(0);
                    if (!aliases.TryGetValue(person, out var list))
                    {
                        aliases[person] = list = new List<string>();
                    }

                    list.Add(reader.GetString(1));
                }
            }

            await using var persons = Command(connection, null, "SELECT p.identifier, p.status, p.municipality, p.address_protection, p.document, s.addresses, p.last_sequence FROM person p LEFT JOIN sealed_address s ON s.identifier = p.identifier ORDER BY p.identifier");
            await using var rows = await persons.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var identifier = rows.GetString(0);
                yield return ReadPerson(rows, aliases.TryGetValue(identifier, out var list) ? list : new List<string> { identifier });
            }
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<FregReplicaBatchRecord> ReadBatchLogAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT " + StoreRows.BatchLogColumns + " FROM replica_batch_log ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return StoreRows.BatchRecord(reader, DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(10)));
            }
        }

        /// <inheritdoc />
        public ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            return ValueTask.CompletedTask;
        }

        private async Task<int> WritePersonsAsync(SqliteConnection connection, SqliteTransaction transaction, IReadOnlyList<FregReplicaPersonWrite> persons, long now, CancellationToken cancellationToken)
        {
            if (persons.Count == 0)
            {
                return 0;
            }

            await using var deletePrevious = Command(connection, transaction, "DELETE FROM person WHERE identifier = $previous AND identifier <> $current");
            await using var deleteSealedPrevious = Command(connection, transaction, "DELETE FROM sealed_address WHERE identifier = $previous AND identifier <> $current");
            await using var repoint = Command(connection, transaction, "UPDATE person_identifier SET person_identifier = $current WHERE person_identifier = $previous");
            await using var upsert = Command(
                connection,
                transaction,
                "INSERT INTO person (identifier, status, municipality, address_protection, document, last_sequence, updated_at) VALUES ($id, $status, $municipality, $protection, $document, $sequence, $now) "
                + "ON CONFLICT (identifier) DO UPDATE SET status = excluded.status, municipality = excluded.municipality, address_protection = excluded.address_protection, document = excluded.document, last_sequence = excluded.last_sequence, updated_at = excluded.updated_at");
            await using var alias = Command(connection, transaction, "INSERT INTO person_identifier (identifier, person_identifier) VALUES ($alias, $current) ON CONFLICT (identifier) DO UPDATE SET person_identifier = excluded.person_identifier");
            await using var seal = Command(connection, transaction, "INSERT INTO sealed_address (identifier, addresses) VALUES ($current, $addresses) ON CONFLICT (identifier) DO UPDATE SET addresses = excluded.addresses");
            await using var unseal = Command(connection, transaction, "DELETE FROM sealed_address WHERE identifier = $current");
            Prepare(deletePrevious, "$previous", "$current");
            Prepare(deleteSealedPrevious, "$previous", "$current");
            Prepare(repoint, "$previous", "$current");
            Prepare(upsert, "$id", "$status", "$municipality", "$protection", "$document", "$sequence", "$now");
            Prepare(alias, "$alias", "$current");
            Prepare(seal, "$current", "$addresses");
            Prepare(unseal, "$current");

            var rekeyed = 0;
            foreach (var person in persons)
            {
                var moved = false;
                foreach (var previous in person.PreviousIdentifiers)
                {
                    moved |= await RunAsync(deletePrevious, cancellationToken, previous, person.Identifier).ConfigureAwait(false) > 0;
                    await RunAsync(deleteSealedPrevious, cancellationToken, previous, person.Identifier).ConfigureAwait(false);
                    await RunAsync(repoint, cancellationToken, previous, person.Identifier).ConfigureAwait(false);
                }

                rekeyed += moved ? 1 : 0;
                await RunAsync(upsert, cancellationToken, person.Identifier, person.Status, person.Municipality, person.AddressProtection, Encoding.UTF8.GetString(person.Document), person.LastSequence, now).ConfigureAwait(false);
                await RunAsync(alias, cancellationToken, person.Identifier, person.Identifier).ConfigureAwait(false);
                foreach (var previous in person.PreviousIdentifiers)
                {
                    await RunAsync(alias, cancellationToken, previous, person.Identifier).ConfigureAwait(false);
                }

                if (person.SealedAddresses is { } sealedAddresses)
                {
                    await RunAsync(seal, cancellationToken, person.Identifier, Encoding.UTF8.GetString(sealedAddresses)).ConfigureAwait(false);
                }
                else
                {
                    await RunAsync(unseal, cancellationToken, person.Identifier).ConfigureAwait(false);
                }
            }

            return rekeyed;
        }

        private static void Prepare(SqliteCommand command, params string[] names)
        {
            foreach (var name in names)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }
        }

        private static Task<int> RunAsync(SqliteCommand command, CancellationToken cancellationToken, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            return command.ExecuteNonQueryAsync(cancellationToken);
        }

        private static async Task<FregReplicaCheckpoint> ReadCheckpointAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken)
        {
            await using var command = Command(connection, transaction, "SELECT version, phase, next_sequence, state FROM replica_state WHERE id = 1");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException("The replica database has no checkpoint row; it was not created by this library.");
            }

            return CheckpointJson.Read(reader.GetInt64(0), CheckpointJson.ParsePhase(reader.GetString(1)), reader.GetInt64(2), reader.GetString(3));
        }

        private static async Task<IReadOnlyList<string>> IdentifiersOfAsync(SqliteConnection connection, string identifier, CancellationToken cancellationToken)
        {
            var identifiers = new List<string>();
            await using var command = Command(connection, null, "SELECT identifier FROM person_identifier WHERE person_identifier = $id ORDER BY identifier", ("$id", identifier));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                identifiers.Add(reader.GetString(0));
            }

            return identifiers;
        }

        private static FregStoredPerson ReadPerson(SqliteDataReader reader, IReadOnlyList<string> identifiers) => StoreRows.Person(reader, identifiers);

        private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
        {
            var connection = new SqliteConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF", cancellationToken).ConfigureAwait(false);
                return connection;
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }

        private long Now() => options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();

        private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = transaction;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            return command;
        }

        private static SqliteCommand InCommand(SqliteConnection connection, string sqlWithList, IReadOnlyList<string> values)
        {
            var names = new string[values.Count];
            var command = connection.CreateCommand();
            for (var i = 0; i < values.Count; i++)
            {
                names[i] = "$p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], values[i]);
            }

            command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sqlWithList, string.Join(", ", names));
            return command;
        }

        private static async Task<int> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, transaction, sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private static async Task<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, transaction, sql, parameters);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
