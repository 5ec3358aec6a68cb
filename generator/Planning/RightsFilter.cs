using System;
using System.Collections.Generic;
using System.Linq;
using FregGen.Catalogue;
using FregGen.Diagnostics;
using FregGen.Generator.Spec;
using FregGen.Infrastructure;

namespace FregGen.Generator.Planning;

/// <summary>
/// Rights filter: applies the rights package to the spec and nothing else. It drops the person properties the package
/// does not grant, the nested fields the catalogue excludes for it, the operations it does not offer and the parameters
/// it excludes, each with an FREG005. In: the spec, its person schema, the catalogue, the package. Out: a
/// <see cref="GrantedSpec"/> and the diagnostics. Names and C# shapes are decided later, by other parts.
/// </summary>
internal sealed class RightsFilter
{
    private readonly RightsPackage _package;
    private readonly LocationInfo? _fallbackLocation;
    private readonly List<DiagnosticInfo> _diagnostics = new();

    private RightsFilter(RightsPackage package, LocationInfo? fallbackLocation)
    {
        _package = package;
        _fallbackLocation = fallbackLocation;
    }

    /// <param name="fallbackLocation">Where diagnostics go when the spec item has no location (the embedded spec).</param>
    public static (GrantedSpec Granted, EquatableArray<DiagnosticInfo> Diagnostics) Apply(
        SpecDocument spec, SchemaSpec? personSchema, RightsCatalogue catalogue, RightsPackage package, LocationInfo? fallbackLocation)
    {
        var filter = new RightsFilter(package, fallbackLocation);
        var properties = spec.Schemas.ToDictionary(schema => schema.Key, schema => schema.Properties.ToList(), StringComparer.Ordinal);
        if (personSchema is not null)
        {
            properties[personSchema.Key] = filter.GrantedPersonProperties(properties[personSchema.Key]);
            filter.RemoveExcludedFields(personSchema.Key, properties);
        }

        var recognised = spec.Operations.Select(operation => OperationRecognition.Recognise(operation, spec.ServerPath, catalogue, package)).ToList();
        var granted = recognised.Where(filter.IsGranted).ToList();
        var operations = granted.Select(filter.WithGrantedParameters).ToList();
        var grantedSpec = new GrantedSpec(
            spec,
            personSchema,
            properties.ToDictionary(entry => entry.Key, entry => entry.Value.ToEquatableArray(), StringComparer.Ordinal),
            operations);
        return (grantedSpec, filter._diagnostics.ToEquatableArray());
    }

    private List<PropertySpec> GrantedPersonProperties(List<PropertySpec> personProperties)
    {
        var kept = new List<PropertySpec>();
        foreach (var property in personProperties)
        {
            if (_package.GrantsProperty(property.JsonName))
            {
                kept.Add(property);
            }
            else
            {
                NotGranted(property.Location, "The person property '" + property.JsonName + "'", "the catalogue does not grant it to this package");
            }
        }

        return kept;
    }

    /// <summary>Follows each excluded dotted path (<c>kontaktinformasjonForDoedsbo.person.foedselsEllerDNummer</c>) from the person schema and removes its last property.</summary>
    private void RemoveExcludedFields(string personKey, Dictionary<string, List<PropertySpec>> properties)
    {
        foreach (var exclusion in _package.ExcludedFields)
        {
            var segments = exclusion.Path.Split('.');
            var schemaKey = personKey;
            for (var i = 0; i < segments.Length && schemaKey is not null; i++)
            {
                var schemaProperties = properties[schemaKey];
                var index = schemaProperties.FindIndex(p => string.Equals(p.JsonName, segments[i], StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    break;
                }

                if (i == segments.Length - 1)
                {
                    NotGranted(schemaProperties[index].Location, "The field '" + exclusion.Path + "'", "the catalogue excludes it for this package (" + exclusion.Confidence + ")");
                    schemaProperties.RemoveAt(index);
                    break;
                }

                schemaKey = SpecTypes.ObjectKeyOf(schemaProperties[index].Type);
            }
        }
    }

    private bool IsGranted(RecognisedOperation operation)
    {
        if (operation.Granted)
        {
            return true;
        }

        var spec = operation.Spec;
        NotGranted(spec.Location, "The operation '" + spec.Method + " " + spec.Path + "' (" + spec.OperationId + ")", "the catalogue does not offer it to this package");
        return false;
    }

    private GrantedOperation WithGrantedParameters(RecognisedOperation operation)
    {
        var spec = operation.Spec;
        var parameters = new List<ParameterSpec>();
        foreach (var parameter in spec.Parameters)
        {
            if (operation.Grant is { } grant && grant.ExcludedParameters.Any(excluded => string.Equals(excluded, parameter.Name, StringComparison.OrdinalIgnoreCase)))
            {
                NotGranted(parameter.Location, "The parameter '" + parameter.Name + "' of '" + spec.Method + " " + spec.Path + "'", "the catalogue excludes it for this package");
                continue;
            }

            parameters.Add(parameter);
        }

        return new GrantedOperation(spec, operation.Path, operation.Key, parameters.ToEquatableArray(), operation.Facts);
    }

    private void NotGranted(LocationInfo? location, string what, string reason)
        => _diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.NotGrantedByPackage.Id, location ?? _fallbackLocation, what, _package.Id, reason));
}
