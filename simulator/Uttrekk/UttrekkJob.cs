using System.Collections.Generic;

namespace FregGen.Simulator.Uttrekk;

/// <summary>An extract job: its batches of identity numbers (tilpasset) or document ids (komplett), ready after the first poll.</summary>
internal sealed class UttrekkJob
{
    public UttrekkJob(string id, string packageId, string clientId, bool byDocumentId, IReadOnlyList<IReadOnlyList<string>> batches)
    {
        Id = id;
        PackageId = packageId;
        ClientId = clientId;
        ByDocumentId = byDocumentId;
        Batches = batches;
    }

    public string Id { get; }

    public string PackageId { get; }

    public string ClientId { get; }

    /// <summary>Whether the batches hold dokumentidentifikator (komplett) rather than foedselsEllerDNummer (tilpasset).</summary>
    public bool ByDocumentId { get; }

    public IReadOnlyList<IReadOnlyList<string>> Batches { get; }

    /// <summary>Freg answers 404 until a job is done; the simulator finishes a job when it is first polled.</summary>
    public bool IsReady { get; set; }
}
