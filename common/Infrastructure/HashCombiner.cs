using System.Collections.Generic;

namespace FregGen.Infrastructure;

/// <summary>netstandard2.0 has no System.HashCode; this is the FNV-style combiner the models use.</summary>
internal struct HashCombiner
{
    private int _value;
    private bool _started;

    public readonly int Value => _value;

    public void Add<T>(T item)
    {
        var itemHash = item is null ? 0 : EqualityComparer<T>.Default.GetHashCode(item);
        _value = _started ? unchecked((_value * 16777619) ^ itemHash) : unchecked((int)2166136261 ^ itemHash);
        _started = true;
    }
}
