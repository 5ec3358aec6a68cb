using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Naming of client methods. An operation the catalogue knows gets the catalogue's stable method name
/// (<c>HentPersonXsdAsync</c> for <c>GET /v1/personer/xsd</c>, whether a spec calls it <c>getXsd_1</c> or <c>getXsd</c>), so
/// code compiles unchanged when the spec file changes; any other operation <c>PascalCase(operationId) + "Async"</c>.
/// Names are unique within FregClient: the catalogue's names are taken first, then the others in spec order, clear of
/// the members FregClient and its generated partial parts declare. One instance names the methods of one client.
/// </summary>
internal sealed class MethodNaming
{
    /// <summary>Members of FregClient that are not operations (constants, constructor, base addresses, the feed glue).</summary>
    private static readonly string[] ReservedMembers =
    {
        "FregClient", "GetBaseAddress", "RettighetspakkeId", "RettighetspakkeNavn", "UrlPathSegment", "MaskinportenScope",
        "MaskinportenScopes", "PersonBasis", "ReadFeedAsync", "CreateFeedReader", "CreateFeedProcessor", "FetchFeedPageAsync",
        "FeedSequenceOf", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize",
    };

    private readonly Dictionary<GrantedOperation, string> _names = new(ReferenceComparer<GrantedOperation>.Instance);

    public MethodNaming(IEnumerable<GrantedOperation> operations)
    {
        var taken = new HashSet<string>(ReservedMembers, StringComparer.Ordinal);
        var list = operations.ToList();
        foreach (var operation in list.Where(o => o.Facts?.MethodName is not null))
        {
            _names[operation] = Naming.Unique(Naming.Pascal(operation.Facts!.MethodName!), taken);
        }

        foreach (var operation in list.Where(o => o.Facts?.MethodName is null))
        {
            _names[operation] = Naming.Unique(FromOperationId(operation.Spec), taken);
        }
    }

    public string Name(GrantedOperation operation) => _names[operation];

    private static string FromOperationId(OperationSpec operation) => Naming.Pascal(operation.OperationId) + "Async";
}

/// <summary>
/// Naming of one method's parameters: the parameter's name in camelCase (a keyword escaped), unique within the method and
/// clear of the names the generated method itself uses. The name is the reference spec's spelling of the parameter when
/// it has one (<c>soekFonetisk</c> also for a spec that declares <c>soekfonetisk</c>), so that every spec file gives the
/// same C# parameters; the request sends the name the spec declares. One instance names the parameters of one method.
/// </summary>
internal sealed class ParameterNaming
{
    public const string Body = "body";

    /// <summary>The method's own parameters and the locals ClientEmitter declares in a method body (keep in step with it).</summary>
    private static readonly string[] Reserved =
    {
        "cancellationToken", "ifNoneMatch", Body, "url", "request", "response", "combined", "joined", "batchItems", "offset", "batchBody", "page", "pageItems",
    };

    private readonly HashSet<string> _taken = new(Reserved, StringComparer.Ordinal);

    public string Name(ParameterSpec parameter, string? referenceName) => Naming.Unique(Naming.Camel(referenceName ?? parameter.Name), _taken);
}
