using System;

namespace FregGen.Generator.Planning;

/// <summary>
/// The path of an operation below its rights package's base address, which is how the catalogue knows operations and
/// how the client calls them. Specs put the same operation under different prefixes: the OMH file declares
/// <c>/v1/personer/{personidentifikator}</c> below the server <c>/folkeregisteret/offentlig-med-hjemmel/api</c>, a
/// package's own file <c>/offentligutenhjemmel/v1/personer/{personidentifikator}</c> below the server <c>/</c>. Every
/// Freg operation path starts at its version segment (<c>v1</c>), so everything before it — server base path and package
/// segments — is removed. A spec that puts the version segment into its server URL (<c>/api/v1</c> with paths
/// <c>/personer/...</c>) gets it back from there. Case, parameter names and a trailing slash are kept as declared.
/// </summary>
internal static class OperationPaths
{
    public static string BelowPackage(string? serverPath, string specPath)
    {
        var path = "/" + specPath.Trim().TrimStart('/');
        var version = VersionSegment(path);
        if (version >= 0)
        {
            return path.Substring(version);
        }

        if (serverPath is not null)
        {
            var server = "/" + serverPath.Trim().Trim('/');
            var serverVersion = VersionSegment(server);
            if (serverVersion >= 0)
            {
                return server.Substring(serverVersion).TrimEnd('/') + path;
            }
        }

        return path;
    }

    /// <summary>Where the first literal segment of the form <c>v1</c>, <c>V2</c> starts (its slash), or -1.</summary>
    private static int VersionSegment(string path)
    {
        var start = 0;
        while (start < path.Length)
        {
            var end = path.IndexOf('/', start + 1);
            if (end < 0)
            {
                end = path.Length;
            }

            if (IsVersion(path, start + 1, end))
            {
                return start;
            }

            start = end;
        }

        return -1;
    }

    private static bool IsVersion(string path, int from, int to)
    {
        if (to - from < 2 || (path[from] != 'v' && path[from] != 'V'))
        {
            return false;
        }

        for (var i = from + 1; i < to; i++)
        {
            if (path[i] < '0' || path[i] > '9')
            {
                return false;
            }
        }

        return true;
    }
}
