using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Replica.Documents;
using FregGen.Replica.Storage;
using Npgsql;
using NpgsqlTypes;

namespace FregGen.Replica.PostgreSql
{
    /// <summary>
    /// The production store, on PostgreSQL through Npgsql: person documents as JSONB with indexed identity number,
    /// status and kommune columns; every identity number the person has had in <c>person_identifier</c>; the checkpoint,
    /// the leader lease and the batch log in the same schema. A batch is one transaction that first takes the lease row
    /// <c>FOR SHARE</c> (a takeover waits for it) and the checkpoint row <c>FOR UPDATE</c>, and is refused when either
    /// moved. The lease's expiry is measured on the server's clock, so instances need no synchronised clocks.
    /// </summary>
    public sealed class PostgreSqlReplicaStore : IFregReplicaStore
    {
        private readonly NpgsqlDataSource dataSource;
        private readonly bool ownsDataSource;
        private readonly PostgreSqlReplicaStoreOptions options;
        private readonly string s;

        /// <summary>Creates a store over a connection string (the store owns its data source).</summary>
        /// <param name="connectionString">An Npgsql connection string.</param>
        /// <param name="options">Schema, batch-log retention; defaults when <see langword="null"/>.</param>
        public PostgreSqlReplicaStore(string connectionString, PostgreSqlReplicaStoreOptions? options = null)
            : this(NpgsqlDataSource.Create(connectionString ?? throw new ArgumentNullException(nameof(connectionString))), options, ownsDataSource: true)
        {
        }

        /// <summary>Creates a store over an application's data source (not disposed by the store).</summary>
        /// <param name="dataSource">The data source.</param>
        /// <param name="options">Schema, batch-log retention; defaults when <see langword="null"/>.</param>
        public PostgreSqlReplicaStore(NpgsqlDataSource dataSource, PostgreSqlReplicaStoreOptions? options = null)
            : this(dataSource ?? throw new ArgumentNullException(nameof(dataSource)), options, ownsDataSource: false)
        {
        }

        private PostgreSqlReplicaStore(NpgsqlDataSource dataSource, PostgreSqlReplicaStoreOptions? options, bool ownsDataSource)
        {
            this.dataSource = dataSource;
            this.ownsDataSource = ownsDataSource;
            this.options = options ?? new PostgreSqlReplicaStoreOptions();
            s = this.options.QuotedSchema;
        }

        /// <inheritdoc />
        public string Name => "postgresql";

        /// <summary>The schema the tables live in.</summary>
        public string Schema => options.Schema;

        /// <inheritdoc />
        public async Task InitializeAsync(CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(hashtext(@key))", cancellationToken, ("key", "freggen.replica:" + options.Schema)).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, "CREATE SCHEMA IF NOT EXISTS " + s + "; CREATE TABLE IF NOT EXISTS " + s + ".schema_migration (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())", cancellationToken).ConfigureAwait(false);
            var version = (int)(await ScalarAsync(connection, transaction, "SELECT coalesce(max(version), 0) FROM " + s + ".schema_migration", cancellationToken).ConfigureAwait(false) ?? 0);
            if (version > PostgreSqlSchema.Migrations.Count)
            {
                throw new InvalidOperationException("The replica schema '" + options.Schema + "' has version " + version + "; this library knows up to " + PostgreSqlSchema.Migrations.Count + ". Use a newer FregGen.Replica.PostgreSql.");
            }

            for (var migration = version; migration < PostgreSqlSchema.Migrations.Count; migration++)
            {
                await ExecuteAsync(connection, transaction, PostgreSqlSchema.Migrations[migration].Replace("{schema}", s, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
                await ExecuteAsync(connection, transaction, "INSERT INTO " + s + ".schema_migration (version) VALUES (@version)", cancellationToken, ("version", migration + 1)).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<FregReplicaCheckpoint> LoadCheckpointAsync(CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await ReadCheckpointAsync(connection, null, false, cancellationToken).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<long?> TryAcquireLeaseAsync(string holder, TimeSpan duration, CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var epoch = await ScalarAsync(
                connection,
                null,
                "UPDATE " + s + ".replica_lease SET holder = @holder, epoch = epoch + 1, expires_at = now() + @duration "
                + "WHERE id = 1 AND (holder IS NULL OR holder = @holder OR expires_at <= now()) RETURNING epoch",
                cancellationToken,
                ("holder", holder),
                ("duration", duration)).ConfigureAwait(false);
            if (epoch is not long acquired)
            {
                return null;
            }

            await ExecuteAsync(connection, null, "DELETE FROM " + s + ".replica_batch_log WHERE applied_at < now() - @retention", cancellationToken, ("retention", options.BatchLogRetention)).ConfigureAwait(false);
            return acquired;
        }

        /// <inheritdoc />
        public async Task<bool> RenewLeaseAsync(string holder, long epoch, TimeSpan duration, CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            return await ExecuteAsync(connection, null, "UPDATE " + s + ".replica_lease SET expires_at = now() + @duration WHERE id = 1 AND holder = @holder AND epoch = @epoch", cancellationToken, ("duration", duration), ("holder", holder), ("epoch", epoch)).ConfigureAwait(false) == 1;
        }

        /// <inheritdoc />
        public async Task ReleaseLeaseAsync(string holder, long epoch, CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "UPDATE " + s + ".replica_lease SET holder = NULL, expires_at = NULL WHERE id = 1 AND holder = @holder AND epoch = @epoch", cancellationToken, ("holder", holder), ("epoch", epoch)).ConfigureAwait(false);
        }

        /// <inheritdoc />
        public async Task<FregReplicaLease?> ReadLeaseAsync(CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT holder, epoch FROM " + s + ".replica_lease WHERE id = 1 AND holder IS NOT NULL AND expires_at > now()");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? new FregReplicaLease(reader.GetString(0), reader.GetInt64(1)) : null;
        }

        /// <inheritdoc />
        public async Task<FregReplicaApplyResult> ApplyAsync(FregReplicaChangeSet changes, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(changes);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var holds = await ScalarAsync(connection, transaction, "SELECT epoch FROM " + s + ".replica_lease WHERE id = 1 AND holder = @holder AND epoch = @epoch AND expires_at > now() FOR SHARE", cancellationToken, ("holder", changes.Holder), ("epoch", changes.Epoch)).ConfigureAwait(false);
            if (holds is null)
            {
                throw new FregReplicaConflictException("The batch was not written: this instance does not hold the leader lease (epoch " + changes.Epoch + ").");
            }

            var stored = await ReadCheckpointAsync(connection, transaction, true, cancellationToken).ConfigureAwait(false);
            if (stored.Version != changes.ExpectedVersion)
            {
                throw new FregReplicaConflictException("The batch was not written: the checkpoint is at version " + stored.Version + ", the batch was built on " + changes.ExpectedVersion + ".");
            }

            var rekeyed = changes.Persons.Count == 0 ? 0 : await WritePersonsAsync(connection, transaction, changes.Persons, cancellationToken).ConfigureAwait(false);
            var checkpoint = changes.Checkpoint with
            {
                Version = changes.ExpectedVersion + 1,
                Counters = stored.Counters.Add(changes.CounterDelta with { IdentityChanges = rekeyed }),
            };

            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(BatchCommand(
                "UPDATE " + s + ".replica_state SET version = @version, phase = @phase, next_sequence = @next, state = @state::jsonb, updated_at = now() WHERE id = 1",
                ("version", checkpoint.Version),
                ("phase", CheckpointJson.PhaseName(checkpoint.Phase)),
                ("next", checkpoint.NextSequence),
                ("state", CheckpointJson.Write(checkpoint))));
            if (changes.Record is { } record)
            {
                batch.BatchCommands.Add(BatchCommand(
                    "INSERT INTO " + s + ".replica_batch_log (kind, first_sequence, last_sequence, job, batch, batch_offset, items, persons, holder, epoch, applied_at) VALUES (@kind, @first, @last, @job, @batch, @offset, @items, @persons, @holder, @epoch, now())",
                    ("kind", record.Kind),
                    ("first", record.FirstSequence),
                    ("last", record.LastSequence),
                    ("job", record.Job),
                    ("batch", record.Batch),
                    ("offset", record.Offset),
                    ("items", record.Items),
                    ("persons", record.Persons),
                    ("holder", changes.Holder),
                    ("epoch", changes.Epoch)));
            }

            await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new FregReplicaApplyResult(checkpoint, rekeyed);
        }

        /// <inheritdoc />
        public async Task<IReadOnlyDictionary<string, string>> ResolveIdentifiersAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT identifier, person_identifier FROM " + s + ".person_identifier WHERE identifier = ANY(@ids)", ("ids", identifiers.ToArray()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = reader.GetString(1);
            }

            return result;
        }

        /// <inheritdoc />
        public async Task<IReadOnlyDictionary<string, byte[]>> ReadDocumentsAsync(IReadOnlyCollection<string> identifiers, CancellationToken cancellationToken)
        {
            var result = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT p.identifier, p.document::text, s.addresses::text FROM " + s + ".person p LEFT JOIN " + s + ".sealed_address s ON s.identifier = p.identifier WHERE p.identifier = ANY(@ids)", ("ids", identifiers.ToArray()));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                result[reader.GetString(0)] = PersonDocumentEditor.Combine(Encoding.UTF8.GetBytes(reader.GetString(1)), reader.IsDBNull(2) ? null : Encoding.UTF8.GetBytes(reader.GetString(2)));
            }

            return result;
        }

        /// <inheritdoc />
        public async Task<FregStoredPerson?> FindPersonAsync(string identifier, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(identifier);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(
                connection,
                null,
                PersonSelect + " WHERE p.identifier = coalesce((SELECT person_identifier FROM " + s + ".person_identifier WHERE identifier = @id), @id)",
                ("id", identifier));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? ReadPerson(reader) : null;
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<FregStoredPerson> ReadAllPersonsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, PersonSelect + " ORDER BY p.identifier");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return ReadPerson(reader);
            }
        }

        /// <inheritdoc />
        public async IAsyncEnumerable<FregReplicaBatchRecord> ReadBatchLogAsync([EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using var command = Command(connection, null, "SELECT " + StoreRows.BatchLogColumns + " FROM " + s + ".replica_batch_log ORDER BY id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return StoreRows.BatchRecord(reader, reader.GetFieldValue<DateTimeOffset>(10));
            }
        }

        /// <inheritdoc />
        public async ValueTask DisposeAsync()
        {
            if (ownsDataSource)
            {
                await dataSource.DisposeAsync().ConfigureAwait(false);
            }
        }

        private string PersonSelect
            => "SELECT p.identifier, p.status, p.municipality, p.address_protection, p.document::text, s.addresses::text, p.last_sequence, "
            + "ARRAY(SELECT identifier FROM " + s + ".person_identifier i WHERE i.person_identifier = p.identifier ORDER BY identifier) "
            + "FROM " + s + ".person p LEFT JOIN " + s + ".sealed_address s ON s.identifier = p.identifier";

        private static FregStoredPerson ReadPerson(NpgsqlDataReader reader) => StoreRows.Person(reader, reader.GetFieldValue<string[]>(7));

        /// <summary>Re-keys, upserts and aliases all persons of a batch in set-based statements; returns how many stored persons were re-keyed.</summary>
        private async Task<int> WritePersonsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, IReadOnlyList<FregReplicaPersonWrite> persons, CancellationToken cancellationToken)
        {
            var previous = new List<string>();
            var previousOwner = new List<string>();
            var aliasIds = new List<string>(persons.Count);
            var aliasOwners = new List<string>(persons.Count);
            var sealedIds = new List<string>();
            var sealedDocuments = new List<string>();
            var unsealed = new List<string>();
            var ids = new string[persons.Count];
            var statuses = new string?[persons.Count];
            var municipalities = new string?[persons.Count];
            var protections = new string?[persons.Count];
            var documents = new string[persons.Count];
            var sequences = new long?[persons.Count];
            for (var i = 0; i < persons.Count; i++)
            {
                var person = persons[i];
                ids[i] = person.Identifier;
                statuses[i] = person.Status;
                municipalities[i] = person.Municipality;
                protections[i] = person.AddressProtection;
                documents[i] = Encoding.UTF8.GetString(person.Document);
                sequences[i] = person.LastSequence;
                aliasIds.Add(person.Identifier);
                aliasOwners.Add(person.Identifier);
                foreach (var earlier in person.PreviousIdentifiers)
                {
                    previous.Add(earlier);
                    previousOwner.Add(person.Identifier);
                    aliasIds.Add(earlier);
                    aliasOwners.Add(person.Identifier);
                }

                if (person.SealedAddresses is { } sealedAddresses)
                {
                    sealedIds.Add(person.Identifier);
                    sealedDocuments.Add(Encoding.UTF8.GetString(sealedAddresses));
                }
                else
                {
                    unsealed.Add(person.Identifier);
                }
            }

            var rekeyed = 0;
            if (previous.Count > 0)
            {
                var pairs = "(SELECT * FROM unnest(@previous, @owner) AS t(previous, owner)) AS pairs";
                var moved = await ScalarAsync(
                    connection,
                    transaction,
                    "WITH gone AS (DELETE FROM " + s + ".person p USING " + pairs + " WHERE p.identifier = pairs.previous AND pairs.previous <> pairs.owner RETURNING pairs.owner) SELECT count(DISTINCT owner)::int FROM gone",
                    cancellationToken,
                    ("previous", previous.ToArray()),
                    ("owner", previousOwner.ToArray())).ConfigureAwait(false);
                rekeyed = moved is int count ? count : 0;
                await using var rekey = new NpgsqlBatch(connection, transaction);
                rekey.BatchCommands.Add(BatchCommand("DELETE FROM " + s + ".sealed_address a USING " + pairs + " WHERE a.identifier = pairs.previous AND pairs.previous <> pairs.owner", ("previous", previous.ToArray()), ("owner", previousOwner.ToArray())));
                rekey.BatchCommands.Add(BatchCommand("UPDATE " + s + ".person_identifier i SET person_identifier = pairs.owner FROM " + pairs + " WHERE i.person_identifier = pairs.previous", ("previous", previous.ToArray()), ("owner", previousOwner.ToArray())));
                await rekey.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using var write = new NpgsqlBatch(connection, transaction);
            write.BatchCommands.Add(BatchCommand(
                "INSERT INTO " + s + ".person (identifier, status, municipality, address_protection, document, last_sequence, updated_at) "
                + "SELECT identifier, status, municipality, protection, document::jsonb, sequence, now() FROM unnest(@ids, @statuses, @municipalities, @protections, @documents, @sequences) "
                + "AS t(identifier, status, municipality, protection, document, sequence) "
                + "ON CONFLICT (identifier) DO UPDATE SET status = excluded.status, municipality = excluded.municipality, address_protection = excluded.address_protection, "
                + "document = excluded.document, last_sequence = excluded.last_sequence, updated_at = excluded.updated_at",
                ("ids", ids),
                ("statuses", Typed(statuses, NpgsqlDbType.Text)),
                ("municipalities", Typed(municipalities, NpgsqlDbType.Text)),
                ("protections", Typed(protections, NpgsqlDbType.Text)),
                ("documents", documents),
                ("sequences", Typed(sequences, NpgsqlDbType.Bigint))));
            write.BatchCommands.Add(BatchCommand(
                "INSERT INTO " + s + ".person_identifier (identifier, person_identifier) SELECT * FROM unnest(@aliases, @owners) "
                + "ON CONFLICT (identifier) DO UPDATE SET person_identifier = excluded.person_identifier",
                ("aliases", aliasIds.ToArray()),
                ("owners", aliasOwners.ToArray())));
            if (unsealed.Count > 0)
            {
                write.BatchCommands.Add(BatchCommand("DELETE FROM " + s + ".sealed_address WHERE identifier = ANY(@unsealed)", ("unsealed", unsealed.ToArray())));
            }

            if (sealedIds.Count > 0)
            {
                write.BatchCommands.Add(BatchCommand(
                    "INSERT INTO " + s + ".sealed_address (identifier, addresses) SELECT identifier, addresses::jsonb FROM unnest(@sealedIds, @sealedDocuments) AS t(identifier, addresses) "
                    + "ON CONFLICT (identifier) DO UPDATE SET addresses = excluded.addresses",
                    ("sealedIds", sealedIds.ToArray()),
                    ("sealedDocuments", sealedDocuments.ToArray())));
            }

            await write.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return rekeyed;
        }

        private async Task<FregReplicaCheckpoint> ReadCheckpointAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool forUpdate, CancellationToken cancellationToken)
        {
            await using var command = Command(connection, transaction, "SELECT version, phase, next_sequence, state::text FROM " + s + ".replica_state WHERE id = 1" + (forUpdate ? " FOR UPDATE" : string.Empty));
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException("The replica schema '" + options.Schema + "' has no checkpoint row; it was not created by this library.");
            }

            return CheckpointJson.Read(reader.GetInt64(0), CheckpointJson.ParsePhase(reader.GetString(1)), reader.GetInt64(2), reader.GetString(3));
        }

        private static NpgsqlParameter Typed<T>(T[] values, NpgsqlDbType elementType) => new() { Value = values, NpgsqlDbType = NpgsqlDbType.Array | elementType };

        private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
        {
            var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(Parameter(name, value));
            }

            return command;
        }

        private static NpgsqlBatchCommand BatchCommand(string sql, params (string Name, object? Value)[] parameters)
        {
            var command = new NpgsqlBatchCommand(sql);
            foreach (var (name, value) in parameters)
            {
                command.Parameters.Add(Parameter(name, value));
            }

            return command;
        }

        private static NpgsqlParameter Parameter(string name, object? value)
        {
            if (value is NpgsqlParameter typed)
            {
                typed.ParameterName = name;
                return typed;
            }

            return new NpgsqlParameter(name, value ?? DBNull.Value);
        }

        private static async Task<int> ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, transaction, sql, parameters);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        private static async Task<object?> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
        {
            await using var command = Command(connection, transaction, sql, parameters);
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is DBNull ? null : value;
        }
    }
}
