using System.Collections.Generic;

namespace FregGen.Replica.Storage
{
    /// <summary>A person as the replica stores them.</summary>
    /// <param name="Identifier">The current fødselsnummer or d-nummer.</param>
    /// <param name="Identifiers">Every number the person is findable by (the current one and ceased ones).</param>
    /// <param name="Status">The current personstatus.</param>
    /// <param name="Municipality">The kommunenummer of the current bostedsadresse, when stored.</param>
    /// <param name="AddressProtection">The gradering when the person has address protection.</param>
    /// <param name="Document">The stored person document as UTF-8 JSON (without sealed addresses).</param>
    /// <param name="SealedAddresses">The sealed address properties (UTF-8 JSON object), when the policy keeps them sealed.</param>
    /// <param name="LastSequence">The feed sequence number of the last event applied to the person, if any.</param>
    public sealed record FregStoredPerson(
        string Identifier,
        IReadOnlyList<string> Identifiers,
        string? Status,
        string? Municipality,
        string? AddressProtection,
        byte[] Document,
        byte[]? SealedAddresses,
        long? LastSequence)
    {
        /// <summary>Shows the status only, never an identity number.</summary>
        /// <returns>A short description.</returns>
        public override string ToString() => "FregStoredPerson { Status = " + Status + ", " + Document.Length + " bytes }";
    }
}
