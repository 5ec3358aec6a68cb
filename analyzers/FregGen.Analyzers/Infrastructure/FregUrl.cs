using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace FregGen.Analyzers.Infrastructure;

/// <summary>A literal request URL sent through HttpClient: its Freg path (from <c>v1/</c>), its <c>part=</c> values, and where they are.</summary>
internal sealed record FregUrl(string Method, string Path, ImmutableArray<(string Value, Location Location)> Parts, Location PathLocation, Location Whole);

/// <summary>Finds literal Freg URLs in HttpClient calls (<c>GetAsync("v1/personer/...?part=navn")</c>, <c>new HttpRequestMessage(HttpMethod.Post, "...")</c>).</summary>
internal static class FregUrls
{
    public static FregUrl? FromInvocation(IInvocationOperation invocation)
    {
        var method = invocation.TargetMethod;
        var onHttpClient = IsHttpClient(method.ContainingType)
            || (method.IsExtensionMethod && method.Parameters.Length > 0 && IsHttpClient(method.Parameters[0].Type));
        if (!onHttpClient)
        {
            return null;
        }

        var verb = method.Name.StartsWith("Get", StringComparison.Ordinal) ? "GET"
            : method.Name.StartsWith("Post", StringComparison.Ordinal) ? "POST"
            : method.Name.StartsWith("Put", StringComparison.Ordinal) ? "PUT"
            : method.Name.StartsWith("Delete", StringComparison.Ordinal) ? "DELETE"
            : method.Name.StartsWith("Patch", StringComparison.Ordinal) ? "PATCH"
            : null;
        return verb is null ? null : FromArguments(verb, invocation.Arguments);
    }

    public static FregUrl? FromRequestMessage(IObjectCreationOperation creation)
    {
        if (creation.Type is not INamedTypeSymbol { Name: "HttpRequestMessage" } type || !Namespaces.IsIn(type, "System.Net.Http") || creation.Arguments.Length < 2)
        {
            return null;
        }

        var methodArgument = PartArgument.Unwrap(creation.Arguments[0].Value);
        var verb = methodArgument is IPropertyReferenceOperation { Property.ContainingType.Name: "HttpMethod" } property
            ? property.Property.Name.ToUpperInvariant()
            : null;
        return verb is null ? null : FromArguments(verb, creation.Arguments);
    }

    private static FregUrl? FromArguments(string verb, ImmutableArray<IArgumentOperation> arguments)
    {
        foreach (var argument in arguments)
        {
            if (argument.Parameter?.Name != "requestUri")
            {
                continue;
            }

            var value = PartArgument.Unwrap(argument.Value);
            if (value is IObjectCreationOperation { Type.Name: "Uri", Arguments.Length: >= 1 } uri)
            {
                value = PartArgument.Unwrap(uri.Arguments[0].Value);
            }

            return Parse(verb, value);
        }

        return null;
    }

    private static FregUrl? Parse(string verb, IOperation value)
    {
        if (value.ConstantValue is not { HasValue: true, Value: string text } || value.Syntax is not LiteralExpressionSyntax literal)
        {
            return null;
        }

        var start = text.IndexOf("/v1/", StringComparison.OrdinalIgnoreCase);
        start = start >= 0 ? start : text.StartsWith("v1/", StringComparison.OrdinalIgnoreCase) ? 0 : -1;
        if (start < 0)
        {
            return null;
        }

        var query = text.IndexOf('?', start);
        var path = query < 0 ? text.Substring(start) : text.Substring(start, query - start);
        var parts = ImmutableArray.CreateBuilder<(string, Location)>();
        if (query >= 0)
        {
            var position = query + 1;
            foreach (var pair in text.Substring(query + 1).Split('&'))
            {
                var equals = pair.IndexOf('=');
                if (equals > 0 && string.Equals(pair.Substring(0, equals), "part", StringComparison.OrdinalIgnoreCase))
                {
                    var partValue = Uri.UnescapeDataString(pair.Substring(equals + 1));
                    parts.Add((partValue, LocationInLiteral(literal, text, position + equals + 1, pair.Length - equals - 1)));
                }

                position += pair.Length + 1;
            }
        }

        return new FregUrl(verb, path, parts.ToImmutable(), LocationInLiteral(literal, text, start, path.Length), literal.GetLocation());
    }

    /// <summary>The location of a substring of a literal's value; the whole literal when escapes make the mapping unsafe.</summary>
    private static Location LocationInLiteral(LiteralExpressionSyntax literal, string value, int offset, int length)
    {
        var token = literal.Token;
        var tokenText = token.Text;
        var prefix = tokenText.StartsWith("@\"", StringComparison.Ordinal) ? 2 : tokenText.StartsWith("\"", StringComparison.Ordinal) ? 1 : -1;
        if (prefix < 0 || tokenText.IndexOf('\\') >= 0 || tokenText.Length - prefix - 1 != value.Length)
        {
            return literal.GetLocation();
        }

        return Location.Create(literal.SyntaxTree, new TextSpan(token.SpanStart + prefix + offset, length));
    }

    private static bool IsHttpClient(ITypeSymbol? type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current is { Name: "HttpClient" or "HttpMessageInvoker" } && Namespaces.IsIn(current, "System.Net.Http"))
            {
                return true;
            }
        }

        return false;
    }
}
