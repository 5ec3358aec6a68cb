using System;

namespace FregGen.Generator.Spec.Digest;

/// <summary>
/// The spec digest's frame. <see cref="Version"/> changes whenever the model or the layout changes, so a digest written by
/// another FregGen is refused instead of misread.
/// </summary>
internal static class SpecDigestFormat
{
    public const string Magic = "FregGen spec digest";

    public const int Version = 1;

    public const uint EndMarker = 0x46524547;

    /// <summary>The digest's resource name in the generator assembly.</summary>
    public const string ResourceName = "FregGen.PublishedSpec.digest";
}

/// <summary>A digest that is not in the format this FregGen writes: wrong magic or version, truncated, or inconsistent.</summary>
internal sealed class SpecDigestFormatException : Exception
{
    public SpecDigestFormatException(string message)
        : base(message)
    {
    }

    public SpecDigestFormatException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
