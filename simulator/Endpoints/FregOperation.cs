using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using FregGen.Simulator.Freg;

namespace FregGen.Simulator.Endpoints;

/// <summary>
/// An operation the simulator serves, as the generator read it from the published spec: the generated client's method
/// and the HTTP method and path template of its <c>[FregOperation]</c>. The answer's format follows from the method's
/// result: a string is one of the spec's XML schemas, a long the bare sequence number (JSON or text), anything else JSON.
/// </summary>
internal sealed record FregOperation(string ClientMethod, string Method, string PathTemplate, ResponseFormat Format)
{
    /// <summary>Every operation of the spec: the simulator's own client is generated for offentlig-med-hjemmel, which grants them all.</summary>
    public static IReadOnlyList<FregOperation> All { get; } = typeof(FregClient)
        .GetMethods(BindingFlags.Public | BindingFlags.Instance)
        .Select(method => (Method: method, Attribute: method.GetCustomAttribute<FregOperationAttribute>()))
        .Where(entry => entry.Attribute is not null)
        .Select(entry => new FregOperation(entry.Method.Name, entry.Attribute!.Method, entry.Attribute.Path, FormatOf(entry.Method.ReturnType)))
        .OrderBy(operation => operation.ClientMethod, StringComparer.Ordinal)
        .ToArray();

    /// <summary>How messages and endpoint names show the operation: <c>GET /v1/personer/{personidentifikator}</c>.</summary>
    public override string ToString() => Method + " " + PathTemplate;

    private static ResponseFormat FormatOf(Type result)
        => result == typeof(Task<string>) ? ResponseFormat.Xsd
            : result == typeof(Task<long>) ? ResponseFormat.SequenceNumber
            : ResponseFormat.Json;
}
