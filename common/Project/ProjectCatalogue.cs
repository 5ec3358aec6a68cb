using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Project;

/// <summary>
/// The rights catalogue a project sees: the embedded catalogue with the project's own files laid over it, resolved on the
/// project's catalogue date.
/// </summary>
internal sealed record ProjectCatalogue(RightsCatalogue Catalogue, EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>
    /// Lays the readable files over the embedded catalogue in ordinal order of their paths: a later file may derive from
    /// or replace a package of an earlier one, so the order in which MSBuild happens to list them must not matter.
    /// Every file's reading errors and every merge error come back as diagnostics (FREG006). The result is resolved on
    /// <paramref name="date"/> (<c>FregCatalogueDate</c>), or on the catalogue's own <c>asOf</c> day when the project sets
    /// none: never on the machine's clock.
    /// </summary>
    public static ProjectCatalogue Build(IEnumerable<CatalogueFileResult> files, CatalogueDate? date)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var overlays = new List<(CatalogueFile, string)>();
        foreach (var file in files.OrderBy(file => file.Path, StringComparer.Ordinal))
        {
            diagnostics.AddRange(file.Diagnostics);
            if (file.File is { } content)
            {
                overlays.Add((content, file.Path));
            }
        }

        var errors = new List<(CatalogueError Error, string Path)>();
        var catalogue = CatalogueBuilder.Build(EmbeddedCatalogue.File, overlays, errors);
        foreach (var (error, path) in errors)
        {
            var position = new LinePosition(error.Line, error.Column);
            diagnostics.Add(DiagnosticInfo.Create(
                DiagnosticDescriptors.CatalogueInvalid.Id,
                new LocationInfo(path, new TextSpan(0, 0), new LinePositionSpan(position, position)),
                System.IO.Path.GetFileName(path),
                error.Message));
        }

        return new ProjectCatalogue(catalogue.AsOf(date ?? catalogue.DefaultDate ?? EmbeddedCatalogue.Date), diagnostics.ToEquatableArray());
    }
}
