using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Simulator.Population;

namespace FregGen.Simulator.Uttrekk;

/// <summary>The extract jobs, with Freg's limit on jobs running at once per client. Not thread-safe: the simulator serialises access.</summary>
internal sealed class UttrekkJobStore
{
    private readonly Dictionary<string, UttrekkJob> _jobs = new(StringComparer.Ordinal);
    private readonly Random _random;
    private readonly int _batchSize;
    private readonly int _maxRunningPerClient;

    public UttrekkJobStore(Random random, int batchSize, int maxRunningPerClient)
    {
        _random = random;
        _batchSize = batchSize;
        _maxRunningPerClient = maxRunningPerClient;
    }

    /// <summary>Creates a job, or returns null when the client already has the maximum number of unfinished jobs.</summary>
    public UttrekkJob? Create(string packageId, string clientId, bool byDocumentId, IReadOnlyList<string> items)
    {
        if (_jobs.Values.Count(job => !job.IsReady && job.ClientId == clientId) >= _maxRunningPerClient)
        {
            return null;
        }

        var batches = new List<IReadOnlyList<string>>();
        for (var offset = 0; offset < items.Count; offset += _batchSize)
        {
            batches.Add(items.Skip(offset).Take(_batchSize).ToList());
        }

        var job = new UttrekkJob(DeterministicIds.NewUuid(_random), packageId, clientId, byDocumentId, batches);
        _jobs.Add(job.Id, job);
        return job;
    }

    public UttrekkJob? Find(string id) => _jobs.TryGetValue(id, out var job) ? job : null;
}
