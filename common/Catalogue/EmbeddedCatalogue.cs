using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;

namespace FregGen.Catalogue;

/// <summary>The catalogue shipped inside the assembly (JSON), read once per process with FregGen's own JSON parser.</summary>
internal static class EmbeddedCatalogue
{
    public const string ResourceName = "FregGen.RightsCatalogue.json";

    private static readonly Lazy<CatalogueFile> LazyFile = new(Load);

    public static CatalogueFile File => LazyFile.Value;

    /// <summary>The embedded catalogue's <c>asOf</c> day: the catalogue date of a build that sets none.</summary>
    public static CatalogueDate Date => File.AsOf ?? throw new InvalidOperationException("The embedded rights catalogue has no 'asOf' date.");

    public static string ReadText()
    {
        using var stream = typeof(EmbeddedCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded rights catalogue is missing from " + typeof(EmbeddedCatalogue).Assembly.GetName().Name + ".");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static CatalogueFile Load()
    {
        var errors = new List<CatalogueError>();
        var file = CatalogueReader.ReadJson(ReadText(), errors);
        if (file is null || errors.Count > 0)
        {
            throw new InvalidOperationException("The embedded rights catalogue is invalid: " + (errors.Count > 0 ? errors[0].Message : "empty"));
        }

        return file;
    }
}
