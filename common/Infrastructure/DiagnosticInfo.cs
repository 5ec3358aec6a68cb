using System.Linq;
using Microsoft.CodeAnalysis;

namespace FregGen.Infrastructure;

/// <summary>A diagnostic kept as values (descriptor id, location, message arguments) until it is reported.</summary>
internal sealed record DiagnosticInfo(string DescriptorId, LocationInfo? Location, EquatableArray<string> MessageArgs)
{
    public static DiagnosticInfo Create(string descriptorId, LocationInfo? location, params string[] messageArgs)
        => new(descriptorId, location, new EquatableArray<string>(messageArgs));

    public Diagnostic ToDiagnostic(DiagnosticDescriptor descriptor)
        => Diagnostic.Create(
            descriptor,
            Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None,
            MessageArgs.Select(static arg => (object)arg).ToArray());
}
