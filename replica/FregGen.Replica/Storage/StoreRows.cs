using System;
using System.Collections.Generic;
using System.Data.Common;
using System.Text;

namespace FregGen.Replica.Storage
{
    /// <summary>
    /// Reads the rows every store selects in the same column order: persons (identifier, status, municipality,
    /// address_protection, document, addresses, last_sequence) and the batch log (kind … epoch, applied_at).
    /// </summary>
    internal static class StoreRows
    {
        public const string BatchLogColumns = "kind, first_sequence, last_sequence, job, batch, batch_offset, items, persons, holder, epoch, applied_at";

        public static FregStoredPerson Person(DbDataReader reader, IReadOnlyList<string> identifiers)
            => new(
                reader.GetString(0),
                identifiers,
                Text(reader, 1),
                Text(reader, 2),
                Text(reader, 3),
                Encoding.UTF8.GetBytes(reader.GetString(4)),
                reader.IsDBNull(5) ? null : Encoding.UTF8.GetBytes(reader.GetString(5)),
                reader.IsDBNull(6) ? null : reader.GetInt64(6));

        public static FregReplicaBatchRecord BatchRecord(DbDataReader reader, DateTimeOffset appliedAt)
            => new(
                reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetInt64(1),
                reader.IsDBNull(2) ? null : reader.GetInt64(2),
                Text(reader, 3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.GetInt32(6),
                reader.GetInt32(7),
                reader.GetString(8),
                reader.GetInt64(9),
                appliedAt);

        private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
    }
}
