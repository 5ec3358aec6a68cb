using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace FregGen.Diagnostics;

/// <summary>Finds a descriptor by id, for diagnostics that travel as <see cref="Infrastructure.DiagnosticInfo"/> values.</summary>
internal static class DiagnosticCatalogue
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : DiagnosticDescriptors.InternalError;

    public static Diagnostic ToDiagnostic(this Infrastructure.DiagnosticInfo info) => info.ToDiagnostic(Find(info.DescriptorId));
}
