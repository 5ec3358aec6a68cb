using FregGen.Classification;
using FregGen.Generator.Planning;

namespace FregGen.Generator.Emit;

/// <summary>The data-classification attribute of a model property, when the project references Microsoft.Extensions.Compliance.Abstractions.</summary>
internal static class DataClassificationCode
{
    public static string Attribute(GenerationModel model, ModelProperty property)
    {
        if (!model.Features.DataClassification)
        {
            return string.Empty;
        }

        var name = property.DataClass switch
        {
            FregDataClass.IdentityNumber => "FregIdentityNumber",
            FregDataClass.Name => "FregName",
            FregDataClass.Address => "FregAddress",
            FregDataClass.PersonalData => "FregPersonalData",
            FregDataClass.NotPersonal => "FregNotPersonal",
            _ => null,
        };
        return name is null ? string.Empty : "[global::" + model.Namespace + "." + name + "] ";
    }
}
