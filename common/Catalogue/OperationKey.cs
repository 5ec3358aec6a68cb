using System;
using System.Text;

namespace FregGen.Catalogue;

/// <summary>
/// Identifies an operation by HTTP method and path template, ignoring the names of path parameters
/// (<c>GET /v1/personer/{personidentifikator}</c> equals <c>get /v1/personer/{id}/</c>), because other
/// specs name operations and parameters differently.
/// </summary>
internal readonly struct OperationKey : IEquatable<OperationKey>
{
    private OperationKey(string value) => Value = value;

    public string Value { get; }

    public static OperationKey Create(string method, string pathTemplate)
        => new(method.Trim().ToUpperInvariant() + " " + NormalizePath(pathTemplate));

    public static string NormalizePath(string pathTemplate)
    {
        var builder = new StringBuilder(pathTemplate.Length + 1);
        var path = pathTemplate.Trim();
        if (!path.StartsWith("/", StringComparison.Ordinal))
        {
            builder.Append('/');
        }

        var inParameter = false;
        foreach (var c in path)
        {
            if (c == '{')
            {
                inParameter = true;
                builder.Append("{}");
            }
            else if (c == '}')
            {
                inParameter = false;
            }
            else if (!inParameter)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        while (builder.Length > 1 && builder[builder.Length - 1] == '/')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary>Whether a concrete request path (<c>/v1/personer/123</c>) matches this key's template.</summary>
    public bool MatchesConcretePath(string method, string concretePath)
    {
        var separator = Value.IndexOf(' ');
        if (!string.Equals(Value.Substring(0, separator), method.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var template = Value.Substring(separator + 1).Split('/');
        var concrete = NormalizeConcrete(concretePath).Split('/');
        if (template.Length != concrete.Length)
        {
            return false;
        }

        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == "{}")
            {
                if (concrete[i].Length == 0)
                {
                    return false;
                }
            }
            else if (!string.Equals(template[i], concrete[i], StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static string NormalizeConcrete(string path)
    {
        var query = path.IndexOf('?');
        var trimmed = (query >= 0 ? path.Substring(0, query) : path).Trim().TrimEnd('/');
        return trimmed.StartsWith("/", StringComparison.Ordinal) ? trimmed : "/" + trimmed;
    }

    public bool Equals(OperationKey other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is OperationKey other && Equals(other);

    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Value;

    public static bool operator ==(OperationKey left, OperationKey right) => left.Equals(right);

    public static bool operator !=(OperationKey left, OperationKey right) => !left.Equals(right);
}
