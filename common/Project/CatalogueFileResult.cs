using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Infrastructure;

namespace FregGen.Project;

/// <summary>A project catalogue file after reading: its content, or its errors (FREG006, located in the file).</summary>
internal sealed record CatalogueFileResult(string Path, CatalogueFile? File, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <param name="path">The file's path, for locations and messages.</param>
    /// <param name="readText">Reads its text; null when it cannot be read.</param>
    public static CatalogueFileResult Read(string path, Func<string?> readText)
    {
        var name = System.IO.Path.GetFileName(path);
        try
        {
            var text = readText();
            if (text is null)
            {
                return Failed(path, DiagnosticInfo.Create(DiagnosticDescriptors.CatalogueInvalid.Id, LocationInfo.StartOf(path), name, "the file does not exist or cannot be read."));
            }

            var errors = new List<CatalogueError>();
            var catalogue = CatalogueReader.Read(text, errors);
            var diagnostics = errors.Select(error => DiagnosticInfo.Create(DiagnosticDescriptors.CatalogueInvalid.Id, LocationInfo.ForLine(path, text, error.Line, error.Column), name, error.Message));
            return new CatalogueFileResult(path, errors.Count == 0 ? catalogue : null, diagnostics.ToEquatableArray());
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return Failed(path, DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, LocationInfo.StartOf(path), "reading the catalogue '" + name + "'", ExceptionDescription.Of(exception)));
        }
    }

    private static CatalogueFileResult Failed(string path, DiagnosticInfo diagnostic)
        => new(path, null, new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
}
