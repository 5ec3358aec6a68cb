namespace FregGen.Runtime.Replica
{
    /// <summary>One result of a bulk lookup: the person document as UTF-8 JSON, or Freg's error for that key.</summary>
    /// <param name="Key">What was asked for: the identity number (bulkoppslag) or document id (arkiv), when Freg echoes it.</param>
    /// <param name="Document">The <c>Folkeregisterperson</c> as UTF-8 JSON, or <see langword="null"/> when Freg sent an error.</param>
    /// <param name="Error">Freg's <c>feilmelding</c> for this key (e.g. unknown or ceased identifier), or <see langword="null"/>.</param>
    public sealed record FregReplicaPersonDocument(string? Key, byte[]? Document, string? Error)
    {
        /// <summary>Shows whether there is a document and its size, never the key or the content.</summary>
        /// <returns>A short description.</returns>
        public override string ToString()
            => Document is null ? "FregReplicaPersonDocument { Error }" : "FregReplicaPersonDocument { " + Document.Length + " bytes }";
    }
}
