using FregGen.Infrastructure;

namespace FregGen.Catalogue;

/// <summary>Where a fact comes from: a source path and <c>documented</c> or <c>inferred</c>.</summary>
internal sealed record FactSource(string Source, string Confidence);

/// <summary>A specification Skatteetaten publishes (one per group of packages), which a package names in <c>specification</c>.</summary>
internal sealed record PublishedSpecification(string Id, string Title, string? Url, string Source, string Confidence, string? Note);

/// <summary>A rule from Skatteetaten's documentation the catalogue does not express, why, and the packages it concerns (catalogue <c>notExpressed</c>).</summary>
internal sealed record NotExpressedRule(string Rule, string Reason, string Source, EquatableArray<string> Packages);

/// <summary>A value a field may take only in a window (<c>identitetsgrunnlagstatus</c> <c>unik</c> from 2027-02-01).</summary>
internal sealed record ValueChange(string Field, string Value, Validity Validity, string Text, string Source, string Confidence);

/// <summary>A <c>part</c> value Freg refuses (in the window of <see cref="Validity"/>).</summary>
internal sealed record InvalidPart(string Value, Validity Validity);

/// <summary>
/// The wrapper object a bulk answer is declared as (OMH 1.6.2): <c>{ "oppslag": [ { id, feilmelding, document } ] }</c>.
/// </summary>
internal sealed record ResponseWrapper(string ListProperty, string IdProperty, string DocumentProperty, string ErrorProperty, string Source, string Confidence);

/// <summary>A status an operation answers with and what it means (406 "Ugyldig part", 503 for uttrekk).</summary>
internal sealed record DeclaredStatus(int Status, string Meaning, string Source, string Confidence);
