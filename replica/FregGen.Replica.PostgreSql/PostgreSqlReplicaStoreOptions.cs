using System;
using System.Text.RegularExpressions;
using FregGen.Replica.Storage;

namespace FregGen.Replica.PostgreSql
{
    /// <summary>Settings of <see cref="PostgreSqlReplicaStore"/>.</summary>
    public sealed partial class PostgreSqlReplicaStoreOptions : FregReplicaStoreOptions
    {
        /// <summary>The schema the tables live in (created if missing). Default <c>freg_replica</c>. Lower-case letters, digits and underscores.</summary>
        public string Schema { get; set; } = "freg_replica";

        internal string QuotedSchema
            => SchemaName().IsMatch(Schema) ? "\"" + Schema + "\"" : throw new ArgumentException("PostgreSqlReplicaStoreOptions.Schema must be lower-case letters, digits and underscores, starting with a letter (got '" + Schema + "').");

        [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$", RegexOptions.CultureInvariant)]
        private static partial Regex SchemaName();
    }
}
