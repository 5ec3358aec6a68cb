using System;
using FregGen.Project;
using FregGen.Infrastructure;

namespace FregGen.Generator.Options;

/// <summary>Where the FregGen properties are written in the project file, so that FREG001/FREG008 point at them.</summary>
internal sealed record ProjectFileInfo(LocationInfo Project, LocationInfo? RightsPackage, LocationInfo? Namespace)
{
    public LocationInfo? CatalogueDate { get; init; }

    public static ProjectFileInfo Read(string path, string text)
        => new(
            LocationInfo.ForLine(path, text, 0),
            Find(path, text, "<" + FregMSBuildProperties.RightsPackage),
            Find(path, text, "<" + FregMSBuildProperties.Namespace))
        {
            CatalogueDate = Find(path, text, "<" + FregMSBuildProperties.CatalogueDate),
        };

    private static LocationInfo? Find(string path, string text, string element)
    {
        var index = text.IndexOf(element, StringComparison.Ordinal);
        if (index < 0)
        {
            return null;
        }

        var line = 0;
        var lineStart = 0;
        for (var i = 0; i < index; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        var close = text.IndexOf("</" + element.Substring(1) + ">", index, StringComparison.Ordinal);
        var length = close < 0 ? element.Length : close + element.Length + 2 - index;
        return LocationInfo.ForLine(path, text, line, index - lineStart, length);
    }
}
