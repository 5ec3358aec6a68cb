using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>
/// Emits <c>FregClient</c>: the package's constants and one async method per granted operation. Each call goes through
/// FregHttp with its FregOperation (span, metrics, request options) and, for lookups, what the audit hook needs.
/// </summary>
internal static class ClientEmitter
{
    public static EmittedFile Emit(GenerationModel model)
    {
        var ns = model.Namespace;
        var package = model.Package;
        var writer = new SourceWriter();
        FileHeader.Write(writer, model);
        writer.OpenBlock("namespace " + ns);
        writer.WriteDocs(
            "Folkeregisteret client for the rights package «" + package.Name + "» (" + package.Id + "), with only the operations that package offers.",
            "Generated from '" + package.SpecTitle + "' " + package.SpecVersion + ". Give it an HttpClient whose BaseAddress is GetBaseAddress(...) and that adds a Maskinporten token for MaskinportenScope.",
            "Every method throws FregApiException (FregTooManyRequestsException for 429) for non-2xx answers; messages never contain identity numbers.");
        writer.WriteLine("[global::" + ns + ".FregRightsPackage(" + Naming.Literal(package.Id) + ")]");
        writer.OpenBlock("public sealed partial class FregClient : global::" + ns + ".IFregClient");
        WriteConstants(writer, model);
        foreach (var operation in model.Operations)
        {
            WriteOperation(writer, model, operation);
        }

        WriteOperationTable(writer, model);
        writer.CloseBlock();
        writer.CloseBlock();
        return new EmittedFile("FregClient.g.cs", writer.ToString());
    }

    private static void WriteConstants(SourceWriter writer, GenerationModel model)
    {
        var package = model.Package;
        var ns = model.Namespace;
        writer.WriteDocs("The rights package (rettighetspakke) this client was generated for.");
        writer.WriteLine("public const string RettighetspakkeId = " + Naming.Literal(package.Id) + ";");
        writer.WriteLine();
        writer.WriteDocs("The rights package's Norwegian name.");
        writer.WriteLine("public const string RettighetspakkeNavn = " + Naming.Literal(package.Name) + ";");
        writer.WriteLine();
        writer.WriteDocs("The package's path below an environment's root, e.g. https://folkeregisteret.api.skatteetaten.no/" + package.UrlPathSegment + "/v1/...");
        writer.WriteLine("public const string UrlPathSegment = " + Naming.Literal(package.UrlPathSegment) + ";");
        writer.WriteLine();
        writer.WriteDocs("The Maskinporten scope that gives access to this package.");
        writer.WriteLine("public const string MaskinportenScope = " + Naming.Literal(package.Scopes.Count > 0 ? package.Scopes[0] : string.Empty) + ";");
        writer.WriteLine();
        writer.WriteDocs("Every Maskinporten scope of the package (the main scope first, then e.g. the '.segmentansvarlig' variant).");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> MaskinportenScopes { get; } = new[] { " + string.Join(", ", package.Scopes.Select(Naming.Literal)) + " };");
        writer.WriteLine();
        writer.WriteDocs("The top-level person properties Freg returns when no part is given (person-basis) in this package.");
        writer.WriteLine("public static global::System.Collections.Generic.IReadOnlyList<string> PersonBasis { get; } = new string[] { " + string.Join(", ", package.PersonBasisProperties.Select(Naming.Literal)) + " };");
        writer.WriteLine();
        writer.WriteLine("private readonly global::System.Net.Http.HttpClient _httpClient;");
        writer.WriteLine("private readonly global::" + ns + ".FregAudit? _audit;");
        writer.WriteLine();
        writer.WriteDocs("Creates a client. The HttpClient's BaseAddress must be this package's base address (GetBaseAddress) and it must add the Maskinporten bearer token.");
        writer.WriteDocElement("param", "The HttpClient to send with.", " name=\"httpClient\"");
        writer.WriteDocElement("param", "Records every lookup, bulk lookup, search and archive read (who looked up whom, and why); none when null.", " name=\"auditor\"");
        writer.WriteDocElement("param", "How a failing auditor is treated; by default it fails the lookup.", " name=\"auditOptions\"");
        writer.OpenBlock("public FregClient(global::System.Net.Http.HttpClient httpClient, global::" + ns + ".IFregLookupAuditor? auditor = null, global::" + ns + ".FregAuditOptions? auditOptions = null)");
        writer.WriteLine("_httpClient = httpClient ?? throw new global::System.ArgumentNullException(nameof(httpClient));");
        writer.WriteLine("_audit = auditor is null ? null : new global::" + ns + ".FregAudit(auditor, auditOptions);");
        writer.CloseBlock();
        writer.WriteLine();
        writer.WriteDocs("The base address of this package in one of Skatteetaten's environments.");
        writer.OpenBlock("public static global::System.Uri GetBaseAddress(global::" + ns + ".FregEnvironment environment) => environment switch");
        foreach (var environment in model.Environments)
        {
            writer.WriteLine("global::" + ns + ".FregEnvironment." + environment.Name + " => new global::System.Uri(" + Naming.Literal(environment.BaseUrl.TrimEnd('/') + "/" + package.UrlPathSegment + "/") + "),");
        }

        writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(environment), environment, \"Unknown Freg environment.\"),");
        writer.CloseBlock(";");
        writer.WriteLine();
        writer.WriteDocs("The base address of this package below another root (a proxy, or a local simulator): {root}/" + package.UrlPathSegment + "/.");
        writer.OpenBlock("public static global::System.Uri GetBaseAddress(global::System.Uri root)");
        writer.WriteLine("if (root is null) throw new global::System.ArgumentNullException(nameof(root));");
        writer.WriteLine("var text = root.ToString();");
        writer.WriteLine("return new global::System.Uri(new global::System.Uri(text.EndsWith(\"/\", global::System.StringComparison.Ordinal) ? text : text + \"/\"), UrlPathSegment + \"/\");");
        writer.CloseBlock();
    }

    private static void WriteOperation(SourceWriter writer, GenerationModel model, ClientOperation operation)
    {
        var ns = model.Namespace;
        var code = new ShapeCode(ns);
        writer.WriteLine();
        WriteOperationHeader(writer, model, operation);
        writer.OpenBlock("public async " + Signature(ns, operation));
        WriteValidation(writer, operation);
        if (operation.Batch is { } batch)
        {
            WriteBatch(writer, ns, operation, batch);
        }

        WriteRequest(writer, ns, code, operation);
        writer.CloseBlock();
    }

    /// <summary>The XML docs and attributes of an operation, shared by FregClient and IFregClient.</summary>
    internal static void WriteOperationHeader(SourceWriter writer, GenerationModel model, ClientOperation operation)
    {
        var ns = model.Namespace;
        var remarks = new List<string>();
        if (operation.Description is { } description)
        {
            remarks.Add(description);
        }

        remarks.Add(operation.HttpMethod + " " + operation.PathTemplate + " (operationId " + operation.OperationId + ").");
        if (operation.Batch is { } batchPlan)
        {
            remarks.Add("Freg takes at most " + batchPlan.MaxItems + " items per request; a larger " + batchPlan.RequestProperty + " is sent in batches and the answers are joined in order.");
        }

        if (operation.ResponseMayBeList)
        {
            remarks.Add("The spec declares a single object, but the operation answers with one per requested id; both shapes are read.");
        }

        if (operation.Lookup is { } lookup)
        {
            remarks.Add("A lookup (" + lookup.Kind + "): each request is recorded by the client's IFregLookupAuditor, if it has one, before the answer is returned.");
        }

        writer.WriteDocs(operation.Summary ?? operation.OperationId, remarks.ToArray());
        foreach (var parameter in operation.Parameters)
        {
            var text = parameter.Kind == ParameterKind.Part
                ? "Which parts of the person to return (data minimisation); none gives person-basis. " + (parameter.Description ?? string.Empty)
                : parameter.Description ?? "The '" + parameter.WireName + "' parameter.";
            writer.WriteDocElement("param", text, " name=\"" + parameter.Name.TrimStart('@') + "\"");
        }

        if (operation.Conditional)
        {
            writer.WriteDocElement("param", "The ETag of the last answer; Freg then answers 304 (NotModified) when nothing is new.", " name=\"ifNoneMatch\"");
        }

        writer.WriteDocElement("param", "Cancels the call.", " name=\"cancellationToken\"");
        writer.WriteDocElement("exception", "Freg answered with a status other than 2xx.", " cref=\"global::" + ns + ".FregApiException\"");
        if (operation.Lookup is not null)
        {
            writer.WriteDocElement("exception", "The audit record could not be written (the answer is withheld), or a required purpose is missing.", " cref=\"global::" + ns + ".FregLookupAuditException\"");
        }

        if (operation.Deprecated)
        {
            writer.WriteLine("[global::System.Obsolete(\"The Freg specification marks this operation as deprecated.\")]");
        }

        writer.WriteLine("[global::" + ns + ".FregOperation(" + Naming.Literal(operation.HttpMethod) + ", " + Naming.Literal(operation.PathTemplate) + ")]");
    }

    /// <summary>Return type, name and parameters of an operation's method.</summary>
    internal static string Signature(string ns, ClientOperation operation)
        => ReturnType(ns, operation) + " " + operation.MethodName + "(" + ParameterList(ns, operation) + ")";

    /// <summary>One FregOperation per operation: its id, method, path template and, for lookups, how they are audited.</summary>
    private static void WriteOperationTable(SourceWriter writer, GenerationModel model)
    {
        var ns = model.Namespace;
        writer.WriteLine();
        writer.OpenBlock("private static class Operations");
        foreach (var operation in model.Operations)
        {
            var arguments = Naming.Literal(operation.OperationId) + ", " + Naming.Literal(operation.HttpMethod) + ", " + Naming.Literal(operation.PathTemplate);
            if (operation.Lookup is { } lookup)
            {
                arguments += ", global::" + ns + ".FregLookupKind." + lookup.Kind + ", global::" + ns + ".FregAuditIdentifierKind." + lookup.IdentifierKind
                    + (lookup.AnswerIsPerson ? ", answerIsOnePerson: true" : string.Empty);
            }

            writer.WriteLine("internal static readonly global::" + ns + ".FregOperation " + OperationField(operation) + " = new(" + arguments + ");");
        }

        writer.CloseBlock();
    }

    private static string OperationField(ClientOperation operation)
        => operation.MethodName.EndsWith("Async", System.StringComparison.Ordinal) ? operation.MethodName.Substring(0, operation.MethodName.Length - 5) : operation.MethodName;

    private static string ReturnType(string ns, ClientOperation operation)
    {
        var task = "global::System.Threading.Tasks.Task";
        return operation.ResultKind switch
        {
            ResultKind.None => task,
            ResultKind.Text => task + "<string>",
            _ when operation.Conditional && !operation.Result!.IsValueType => task + "<global::" + ns + ".FregConditionalResponse<" + GenerationPlanner.TypeName(operation.Result) + ">>",
            _ => task + "<" + GenerationPlanner.TypeName(operation.Result!) + ">",
        };
    }

    private static string ParameterList(string ns, ClientOperation operation)
    {
        var parameters = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            parameters.Add(parameter.Kind switch
            {
                ParameterKind.Part => "global::System.Collections.Generic.IEnumerable<global::" + ns + ".FregPart>? " + parameter.Name + " = null",
                ParameterKind.Body => GenerationPlanner.TypeName(parameter.Type) + " " + parameter.Name,
                _ when parameter.Required => ParameterType(parameter.Type) + " " + parameter.Name,
                _ => ParameterType(parameter.Type) + "? " + parameter.Name + " = null",
            });
        }

        if (operation.Conditional)
        {
            parameters.Add("string? ifNoneMatch = null");
        }

        parameters.Add("global::System.Threading.CancellationToken cancellationToken = default");
        return string.Join(", ", parameters);
    }

    private static string ParameterType(TypeShape shape)
        => shape.Kind == ValueKind.List ? "global::System.Collections.Generic.IEnumerable<" + GenerationPlanner.TypeName(shape.Item!) + ">" : GenerationPlanner.TypeName(shape);

    private static void WriteValidation(SourceWriter writer, ClientOperation operation)
    {
        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind == ParameterKind.Body || (parameter.Required && !parameter.Type.IsValueType && parameter.Kind != ParameterKind.Path))
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(" + parameter.Name + ");");
            }

            if (parameter.Maximum is { } maximum)
            {
                writer.WriteLine("if (" + parameter.Name + " > " + maximum + ") throw new global::System.ArgumentOutOfRangeException(nameof(" + parameter.Name + "), " + parameter.Name + ", " + Naming.Literal("Freg accepts at most " + maximum + " for '" + parameter.WireName + "'.") + ");");
            }
        }
    }

    private static void WriteBatch(SourceWriter writer, string ns, ClientOperation operation, BatchPlan batch)
    {
        var resultType = GenerationPlanner.TypeName(operation.Result!);
        writer.OpenBlock("if (body." + batch.RequestProperty + " is { Count: > " + batch.MaxItems + " } batchItems)");
        writer.WriteLine(resultType + "? combined = null;");
        writer.WriteLine("var joined = new global::System.Collections.Generic.List<" + batch.ResponseItemType + ">(batchItems.Count);");
        writer.OpenBlock("for (var offset = 0; offset < batchItems.Count; offset += " + batch.MaxItems + ")");
        var copies = string.Concat(batch.OtherRequestProperties.Select(name => ", " + name + " = body." + name));
        writer.WriteLine("var batchBody = new " + GenerationPlanner.TypeName(operation.Parameters.First(p => p.Kind == ParameterKind.Body).Type)
            + " { " + batch.RequestProperty + " = global::" + ns + ".FregHttp.Slice(batchItems, offset, " + batch.MaxItems + ")" + copies + ", AdditionalProperties = body.AdditionalProperties };");
        var arguments = string.Join(", ", operation.Parameters.Select(p => p.Kind == ParameterKind.Body ? "batchBody" : p.Name).Concat(new[] { "cancellationToken" }));
        writer.WriteLine("var page = await " + operation.MethodName + "(" + arguments + ").ConfigureAwait(false);");
        writer.WriteLine("combined ??= page;");
        writer.WriteLine("if (page." + batch.ResponseProperty + " is { } pageItems) joined.AddRange(pageItems);");
        writer.CloseBlock();
        writer.WriteLine("combined!." + batch.ResponseProperty + " = joined;");
        writer.WriteLine("return combined;");
        writer.CloseBlock();
        writer.WriteLine();
    }

    private static void WriteRequest(SourceWriter writer, string ns, ShapeCode code, ClientOperation operation)
    {
        var segments = PathSegments(operation.PathTemplate);
        writer.WriteLine("var url = new global::" + ns + ".FregUrlBuilder(" + Naming.Literal(segments[0].Text.TrimStart('/')) + ");");
        foreach (var segment in segments.Skip(1))
        {
            if (segment.IsParameter)
            {
                var parameter = operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Path && p.WireName == segment.Text)
                    ?? operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Path && string.Equals(p.WireName, segment.Text, System.StringComparison.OrdinalIgnoreCase));
                writer.WriteLine(parameter is null
                    ? "url.Path(" + Naming.Literal("{" + segment.Text + "}") + ");"
                    : "url.PathValue(" + Naming.Literal(parameter.WireName) + ", " + PathText(parameter) + ");");
            }
            else
            {
                writer.WriteLine("url.Path(" + Naming.Literal(segment.Text) + ");");
            }
        }

        foreach (var parameter in operation.Parameters)
        {
            if (parameter.Kind == ParameterKind.Query)
            {
                writer.WriteLine("url.Query(" + Naming.Literal(parameter.WireName) + ", " + QueryValue(parameter) + ");");
            }
            else if (parameter.Kind == ParameterKind.Part)
            {
                writer.WriteLine("url.Parts(" + Naming.Literal(parameter.WireName) + ", " + parameter.Name + ");");
            }
        }

        var accept = operation.ResultKind == ResultKind.Text ? operation.ResultContentType ?? "application/xml" : "application/json";
        writer.WriteLine("using var request = global::" + ns + ".FregHttp.Request(global::System.Net.Http.HttpMethod." + HttpMethodName(operation.HttpMethod) + ", url, " + Naming.Literal(accept) + ");");
        if (operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Body) is { } body)
        {
            writer.WriteLine("request.Content = global::" + ns + ".FregHttp.JsonContent(" + body.Name + ", " + code.WriteFunc(body.Type) + ");");
        }

        writer.WriteLine("var call = new global::" + ns + ".FregCall(_httpClient, Operations." + OperationField(operation) + ", _audit)" + CallDetails(operation) + ";");
        switch (operation.ResultKind)
        {
            case ResultKind.None:
                writer.WriteLine("await global::" + ns + ".FregHttp.SendAsync(call, request, cancellationToken).ConfigureAwait(false);");
                break;
            case ResultKind.Text:
                writer.WriteLine("return await global::" + ns + ".FregHttp.SendForTextAsync(call, request, cancellationToken).ConfigureAwait(false);");
                break;
            default:
                var result = operation.Result!;
                var read = ResultReader(ns, code, operation);
                var typeArgument = GenerationPlanner.TypeName(result);
                if (operation.Conditional && !result.IsValueType)
                {
                    writer.WriteLine("var response = await global::" + ns + ".FregHttp.SendConditionalForJsonAsync<" + typeArgument + ">(call, request, ifNoneMatch, " + read + ", cancellationToken).ConfigureAwait(false);");
                    writer.WriteLine("return new global::" + ns + ".FregConditionalResponse<" + GenerationPlanner.TypeName(result) + ">(response.Value, response.ETag, response.NotModified);");
                }
                else
                {
                    var method = result.IsValueType ? "SendForJsonValueAsync" : "SendForJsonAsync";
                    var found = PersonsFound(ns, operation) is { } personsFound ? personsFound + ", " : string.Empty;
                    writer.WriteLine("return await global::" + ns + ".FregHttp." + method + "<" + typeArgument + ">(call, request, " + read + ", " + found + "cancellationToken).ConfigureAwait(false);");
                }

                break;
        }
    }

    /// <summary>What a lookup asked for and which parts, for the audit hook: <c> { Identifiers = ..., Parts = part }</c>.</summary>
    private static string CallDetails(ClientOperation operation)
    {
        if (operation.Lookup is not { } lookup)
        {
            return string.Empty;
        }

        var details = new List<string>();
        if (lookup.IdentifierParameter is { } parameter)
        {
            details.Add("Identifiers = new[] { " + parameter + " }");
        }
        else if (lookup.IdentifierBodyProperty is { } property && operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Body) is { } body)
        {
            details.Add("Identifiers = " + body.Name + "." + property);
        }

        if (operation.Parameters.FirstOrDefault(p => p.Kind == ParameterKind.Part) is { } part)
        {
            details.Add("Parts = " + part.Name);
        }

        return details.Count == 0 ? string.Empty : " { " + string.Join(", ", details) + " }";
    }

    /// <summary>For searches: a function that gives the identity numbers in the answer, for the audit hook.</summary>
    private static string? PersonsFound(string ns, ClientOperation operation)
    {
        if (operation.Lookup is not { Kind: "Search" } lookup)
        {
            return null;
        }

        return lookup switch
        {
            { AnswerListProperty: { } list, AnswerItemProperty: { } item } => "static answer => global::" + ns + ".FregAudit.IdentifiersOf(answer." + list + ", static item => item." + item + ")",
            { AnswerListProperty: { } list } => "static answer => global::" + ns + ".FregAudit.IdentifiersOf(answer." + list + ")",
            _ => null,
        };
    }

    private static string ResultReader(string ns, ShapeCode code, ClientOperation operation)
    {
        var result = operation.Result!;
        if (result.Kind == ValueKind.List && operation.ResponseMayBeList && !result.Item!.IsValueType)
        {
            return "static (ref global::System.Text.Json.Utf8JsonReader r) => global::" + ns + ".FregJsonRead.ListOrSingle<" + GenerationPlanner.TypeName(result.Item) + ">(ref r, " + code.ReadFunc(result.Item) + ")";
        }

        return code.ReadFunc(result);
    }

    /// <summary>A path value: text and whole numbers as they are, other scalars in their invariant text form.</summary>
    private static string PathText(ClientParameter parameter)
        => parameter.Type.Kind is ValueKind.String or ValueKind.Int32 or ValueKind.Int64 ? parameter.Name : Invariant(parameter.Name, parameter.Type.Kind);

    /// <summary>
    /// A query value: scalars and lists of text go to FregUrlBuilder's overloads; a list of other scalars is sent as their
    /// invariant text (repeated parameters). The lambda's parameter has an underscore, which no generated parameter name has.
    /// </summary>
    private static string QueryValue(ClientParameter parameter)
    {
        if (parameter.Type is not { Kind: ValueKind.List, Item: { } item } || item.Kind == ValueKind.String)
        {
            return parameter.Name;
        }

        return parameter.Name + " is null ? null : global::System.Linq.Enumerable.Select(" + parameter.Name + ", static element_ => " + Invariant("element_", item.Kind) + ")";
    }

    private static string Invariant(string value, ValueKind kind) => kind switch
    {
        ValueKind.Boolean => "(" + value + " ? \"true\" : \"false\")",
        ValueKind.Double => value + ".ToString(\"R\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Date => value + ".ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.DateTime => value + ".ToString(\"O\", global::System.Globalization.CultureInfo.InvariantCulture)",
        ValueKind.Int32 or ValueKind.Int64 => value + ".ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
        _ => value + ".ToString()",
    };

    private static string HttpMethodName(string method) => method switch
    {
        "GET" => "Get",
        "POST" => "Post",
        "PUT" => "Put",
        "DELETE" => "Delete",
        "PATCH" => "Patch",
        "HEAD" => "Head",
        "OPTIONS" => "Options",
        _ => "Trace",
    };

    private static List<(string Text, bool IsParameter)> PathSegments(string template)
    {
        var segments = new List<(string, bool)>();
        var literal = new System.Text.StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && template.IndexOf('}', i) is var end && end > i)
            {
                segments.Add((literal.ToString(), false));
                literal.Clear();
                segments.Add((template.Substring(i + 1, end - i - 1), true));
                i = end;
            }
            else
            {
                literal.Append(template[i]);
            }
        }

        if (literal.Length > 0 || segments.Count == 0)
        {
            segments.Add((literal.ToString(), false));
        }

        return segments;
    }
}
