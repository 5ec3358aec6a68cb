using System.Collections.Generic;

namespace FregGen.Simulator.Rights;

/// <summary>The person properties a request selected with <c>part</c>, and whether it asked for history (<c>historikk</c>).</summary>
internal sealed record PartSelection(IReadOnlySet<string> Properties, bool IncludeHistory);
