namespace FregGen.Replica
{
    /// <summary>How an empty replica is filled before it follows the feed.</summary>
    public enum FregInitialLoadMode
    {
        /// <summary>A complete extract when the package offers it (pinned to a feed sequence number), else tailored extracts.</summary>
        Auto,

        /// <summary>A complete extract pinned to the feed's last sequence number (<c>uttrekk/komplett?feedsekvensnr=</c>): every person document as of that number.</summary>
        Complete,

        /// <summary>Tailored extracts (<c>uttrekk/tilpasset</c>) with <see cref="FregReplicaOptions.TailoredExtracts"/>; the feed continues from the last sequence number read before they were ordered.</summary>
        Tailored,

        /// <summary>No extract: follow the feed from <see cref="FregReplicaOptions.FeedStartSequence"/> (default: from now on).</summary>
        None,
    }
}
