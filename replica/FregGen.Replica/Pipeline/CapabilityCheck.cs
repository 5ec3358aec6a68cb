using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Runtime.Replica;

namespace FregGen.Replica.Pipeline
{
    /// <summary>Decides at start whether the package and the options allow a replica, and how it loads; never after the first call.</summary>
    internal static class CapabilityCheck
    {
        private const FregReplicaCapabilities Complete = FregReplicaCapabilities.CompleteExtract | FregReplicaCapabilities.ExtractBatches | FregReplicaCapabilities.ArchivedPersonBulkLookup | FregReplicaCapabilities.LastSequenceNumber;
        private const FregReplicaCapabilities Tailored = FregReplicaCapabilities.TailoredExtract | FregReplicaCapabilities.ExtractBatches | FregReplicaCapabilities.PersonBulkLookup | FregReplicaCapabilities.LastSequenceNumber;

        /// <summary>The load mode to use: Complete, Tailored or None.</summary>
        public static FregInitialLoadMode Check(IFregReplicaSource source, FregReplicaOptions options)
        {
            ArgumentNullException.ThrowIfNull(source);
            if (options.Validate() is { } problem)
            {
                throw new FregReplicaConfigurationException("The replica options are invalid: " + problem);
            }

            var package = source.RightsPackageId;
            var needed = new List<string>();
            if (source.DescribeMissing(FregReplicaCapabilities.Feed | FregReplicaCapabilities.PersonBulkLookup) is { } missing)
            {
                needed.Add(missing);
            }

            var mode = options.InitialLoad;
            switch (options.InitialLoad)
            {
                case FregInitialLoadMode.Auto:
                    var canComplete = source.DescribeMissing(Complete) is null;
                    var canTailor = source.DescribeMissing(Tailored) is null;
                    mode = canComplete ? FregInitialLoadMode.Complete : canTailor ? FregInitialLoadMode.Tailored : FregInitialLoadMode.Auto;
                    if (mode == FregInitialLoadMode.Auto)
                    {
                        needed.Add("For the initial load it needs a complete extract (" + source.DescribeMissing(Complete) + ") or a tailored extract (" + source.DescribeMissing(Tailored) + ").");
                    }

                    break;
                case FregInitialLoadMode.Complete when source.DescribeMissing(Complete) is { } reason:
                    needed.Add(reason);
                    break;
                case FregInitialLoadMode.Tailored when source.DescribeMissing(Tailored) is { } reason:
                    needed.Add(reason);
                    break;
                case FregInitialLoadMode.None when options.FeedStartSequence is null && source.DescribeMissing(FregReplicaCapabilities.LastSequenceNumber) is { } reason:
                    needed.Add(reason);
                    break;
            }

            if (needed.Count > 0)
            {
                throw new FregReplicaConfigurationException(
                    "A replica cannot run with the rights package '" + package + "': " + string.Join(" ", needed.Distinct(StringComparer.Ordinal))
                    + " A replica needs the event feed, bulk lookup by identity number, and for its initial load a complete or a tailored extract (or InitialLoad = None).");
            }

            CheckParts(source, options);
            return mode;
        }

        private static void CheckParts(IFregReplicaSource source, FregReplicaOptions options)
        {
            var accepted = new HashSet<string>(source.PartValues, StringComparer.OrdinalIgnoreCase);
            foreach (var part in options.Parts)
            {
                if (string.IsNullOrWhiteSpace(part) || (accepted.Count > 0 && !accepted.Contains(part)))
                {
                    throw new FregReplicaConfigurationException("The part '" + part + "' is not one the rights package '" + source.RightsPackageId + "' accepts. Accepted: " + string.Join(", ", source.PartValues) + ".");
                }
            }

            var properties = new HashSet<string>(source.PersonProperties, StringComparer.Ordinal);
            foreach (var (eventType, parts) in options.PartsByEventType)
            {
                if (parts is not { Count: > 0 })
                {
                    throw new FregReplicaConfigurationException("PartsByEventType['" + eventType + "'] is empty; remove it to refetch the whole person.");
                }

                foreach (var property in parts)
                {
                    if (!properties.Contains(property))
                    {
                        throw new FregReplicaConfigurationException("PartsByEventType['" + eventType + "'] names '" + property + "', which is not a person property of the rights package '" + source.RightsPackageId + "' (a property name is needed, not an alias such as person-basis).");
                    }
                }
            }
        }
    }
}
