using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Replica.Documents;
using FregGen.Replica.Storage;

namespace FregGen.Replica.Pipeline
{
    /// <summary>A fetched document and what it stands for in the batch.</summary>
    /// <param name="Document">The person document as UTF-8 JSON.</param>
    /// <param name="RequestedKey">The identity number it was fetched by, when it was (not for archived documents).</param>
    /// <param name="Order">Newer wins: the feed sequence number of the person's last event in the batch, or the position in an extract.</param>
    /// <param name="Sequence">The feed sequence number it stands for, or null from an extract.</param>
    /// <param name="History">Every identity number the person has had, when looked up separately (the document holds only current values without the historikk part).</param>
    internal sealed record PersonCandidate(byte[] Document, string? RequestedKey, long Order, long? Sequence, IReadOnlyList<string>? History = null);

    /// <summary>
    /// Turns fetched documents into person writes: indexes them, joins documents of the same person (any shared identity
    /// number; the newest wins), keys each person by the current number with the ceased ones as previous numbers (the
    /// re-key), and applies the address-protection policy.
    /// </summary>
    internal sealed class PersonWriteBuilder
    {
        private readonly FregReplicaOptions options;
        private readonly HashSet<string> addressProperties;

        public PersonWriteBuilder(FregReplicaOptions options)
        {
            this.options = options;
            addressProperties = new HashSet<string>(options.AddressProperties, StringComparer.Ordinal);
        }

        public (List<FregReplicaPersonWrite> Writes, int Protected) Build(IReadOnlyList<PersonCandidate> candidates)
        {
            var groups = new List<Group>();
            var byIdentifier = new Dictionary<string, Group>(StringComparer.Ordinal);
            foreach (var candidate in candidates.OrderBy(c => c.Order))
            {
                var index = PersonDocumentIndex.Read(candidate.Document, options.AddressProperties);
                var key = index.CurrentIdentifier ?? candidate.RequestedKey;
                if (key is null)
                {
                    throw new FregReplicaConfigurationException("A person document has no identifikasjonsnummer and was not fetched by identity number; add the part 'identifikasjonsnummer' (or person-basis) to the replica's parts.");
                }

                var identifiers = new HashSet<string>(index.Identifiers, StringComparer.Ordinal) { key };
                if (candidate.History is { } history)
                {
                    identifiers.UnionWith(history);
                }

                Group? group = null;
                foreach (var identifier in identifiers)
                {
                    if (byIdentifier.TryGetValue(identifier, out var found))
                    {
                        var root = found.Root();
                        group = group is null ? root : group.Absorb(root);
                    }
                }

                if (group is null)
                {
                    group = new Group();
                    groups.Add(group);
                }

                group.Identifiers.UnionWith(identifiers);
                group.Winner = (candidate, index, key);
                foreach (var identifier in group.Identifiers)
                {
                    byIdentifier[identifier] = group;
                }
            }

            var writes = new List<FregReplicaPersonWrite>();
            var protectedCount = 0;
            foreach (var group in groups.Where(g => g.Merged is null))
            {
                var (candidate, index, key) = group.Winner;
                var previous = group.Identifiers.Where(id => !string.Equals(id, key, StringComparison.Ordinal)).OrderBy(id => id, StringComparer.Ordinal).ToList();
                var document = candidate.Document;
                byte[]? sealedAddresses = null;
                var municipality = index.Municipality;
                if (index.AddressProtection is not null)
                {
                    protectedCount++;
                    if (options.AddressProtection != FregAddressProtectionPolicy.Keep)
                    {
                        var (rest, taken) = PersonDocumentEditor.Split(document, addressProperties);
                        document = rest;
                        sealedAddresses = options.AddressProtection == FregAddressProtectionPolicy.KeepSealed ? taken : null;
                        municipality = null;
                    }
                }

                writes.Add(new FregReplicaPersonWrite(key, previous, index.Status, municipality, index.AddressProtection, document, sealedAddresses, candidate.Sequence));
            }

            return (writes, protectedCount);
        }

        /// <summary>The documents of one person in the batch; after a merge, <see cref="Merged"/> points at the group it joined.</summary>
        private sealed class Group
        {
            public HashSet<string> Identifiers { get; } = new(StringComparer.Ordinal);

            public (PersonCandidate Candidate, PersonDocumentIndex Index, string Key) Winner { get; set; }

            public Group? Merged { get; private set; }

            public Group Root() => Merged is null ? this : Merged.Root();

            /// <summary>Takes <paramref name="other"/>'s identifiers (and its document, when newer); returns this group.</summary>
            public Group Absorb(Group other)
            {
                if (ReferenceEquals(other, this))
                {
                    return this;
                }

                Identifiers.UnionWith(other.Identifiers);
                if (other.Winner.Candidate is { } theirs && (Winner.Candidate is null || theirs.Order > Winner.Candidate.Order))
                {
                    Winner = other.Winner;
                }

                other.Merged = this;
                return this;
            }
        }
    }
}
