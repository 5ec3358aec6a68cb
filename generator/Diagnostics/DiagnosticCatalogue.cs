using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FregGen.Diagnostics;
using Microsoft.CodeAnalysis;

namespace FregGen.Generator;

/// <summary>Finds a descriptor by id, for diagnostics that travel through the pipeline as <see cref="Infrastructure.DiagnosticInfo"/>.</summary>
internal static class DiagnosticCatalogue
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(field => field.FieldType == typeof(DiagnosticDescriptor))
        .Select(field => (DiagnosticDescriptor)field.GetValue(null)!)
        .ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor Find(string id) => ById.TryGetValue(id, out var descriptor) ? descriptor : DiagnosticDescriptors.InternalError;
}
