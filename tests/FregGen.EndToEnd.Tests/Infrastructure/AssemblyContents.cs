using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace FregGen.EndToEnd.Tests.Infrastructure;

/// <summary>What a built assembly declares, read from its metadata (without loading it).</summary>
public static class AssemblyContents
{
    /// <summary>"Namespace.Type" of every type the assembly defines.</summary>
    public static string[] TypeNames(string assemblyPath)
        => Read(assemblyPath, metadata => metadata.TypeDefinitions.Select(handle => Name(metadata, metadata.GetTypeDefinition(handle))).ToArray());

    /// <summary>"Namespace.Type.Member" of every property and method the assembly defines.</summary>
    public static HashSet<string> Members(string assemblyPath)
        => Read(assemblyPath, metadata =>
        {
            var members = new HashSet<string>(StringComparer.Ordinal);
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                var name = Name(metadata, type);
                foreach (var property in type.GetProperties())
                {
                    members.Add(name + "." + metadata.GetString(metadata.GetPropertyDefinition(property).Name));
                }

                foreach (var method in type.GetMethods())
                {
                    members.Add(name + "." + metadata.GetString(metadata.GetMethodDefinition(method).Name));
                }
            }

            return members;
        });

    private static string Name(MetadataReader metadata, TypeDefinition type) => metadata.GetString(type.Namespace) + "." + metadata.GetString(type.Name);

    private static T Read<T>(string assemblyPath, Func<MetadataReader, T> read)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return read(pe.GetMetadataReader());
    }
}
