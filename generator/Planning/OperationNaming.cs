using System;
using System.Collections.Generic;
using FregGen.Generator.Spec;

namespace FregGen.Generator.Planning;

/// <summary>
/// Naming of client methods: <c>PascalCase(operationId) + "Async"</c> (<c>hentPersoner</c> → <c>HentPersonerAsync</c>),
/// unique within FregClient in spec order. One instance names the methods of one client.
/// </summary>
internal sealed class MethodNaming
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "FregClient", "GetBaseAddress" };

    public string Name(OperationSpec operation) => Naming.Unique(Naming.Pascal(operation.OperationId) + "Async", _taken);
}

/// <summary>
/// Naming of one method's parameters: the spec name in camelCase (a keyword escaped), unique within the method and
/// clear of the names the generated method itself uses. One instance names the parameters of one method.
/// </summary>
internal sealed class ParameterNaming
{
    public const string Body = "body";

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal) { "cancellationToken", "ifNoneMatch", Body };

    public string Name(ParameterSpec parameter) => Naming.Unique(Naming.Camel(parameter.Name), _taken);
}
