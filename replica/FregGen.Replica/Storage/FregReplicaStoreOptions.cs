using System;

namespace FregGen.Replica.Storage
{
    /// <summary>Settings every store shares.</summary>
    public class FregReplicaStoreOptions
    {
        /// <summary>How long a row of the batch log (which instance applied which sequence numbers when) is kept. Default 30 days.</summary>
        public TimeSpan BatchLogRetention { get; set; } = TimeSpan.FromDays(30);

        /// <summary>The clock (SQLite's lease times and time stamps; PostgreSQL uses the server's clock for the lease).</summary>
        public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
    }
}
