namespace FregGenTemplateNamespace
{
    /// <summary>
    /// FregGen's data classification taxonomy for Freg data, for Microsoft.Extensions.Compliance: every generated person
    /// property carries one of these, so [LogProperties] redaction and other classification-aware tools treat it without
    /// hand-written attributes. Configure a redactor per class, for example
    /// <c>redaction.SetRedactor&lt;ErasingRedactor&gt;(new DataClassificationSet(FregDataClassifications.IdentityNumber, FregDataClassifications.Name))</c>.
    /// </summary>
    public static class FregDataClassifications
    {
        /// <summary>The taxonomy's name.</summary>
        public const string TaxonomyName = "FregGen";

        /// <summary>A fødselsnummer, d-nummer or other identifier of a person.</summary>
        public static global::Microsoft.Extensions.Compliance.Classification.DataClassification IdentityNumber { get; } = new(TaxonomyName, nameof(IdentityNumber));

        /// <summary>A person's name or a part of it.</summary>
        public static global::Microsoft.Extensions.Compliance.Classification.DataClassification Name { get; } = new(TaxonomyName, nameof(Name));

        /// <summary>An address or a part of one.</summary>
        public static global::Microsoft.Extensions.Compliance.Classification.DataClassification Address { get; } = new(TaxonomyName, nameof(Address));

        /// <summary>Other personal data about a person.</summary>
        public static global::Microsoft.Extensions.Compliance.Classification.DataClassification PersonalData { get; } = new(TaxonomyName, nameof(PersonalData));

        /// <summary>Not personal data (register bookkeeping).</summary>
        public static global::Microsoft.Extensions.Compliance.Classification.DataClassification NotPersonal { get; } = new(TaxonomyName, nameof(NotPersonal));
    }

    /// <summary>A fødselsnummer, d-nummer or other identifier of a person.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue)]
    public sealed class FregIdentityNumberAttribute : global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FregIdentityNumberAttribute()
            : base(FregDataClassifications.IdentityNumber)
        {
        }
    }

    /// <summary>A person's name or a part of it.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue)]
    public sealed class FregNameAttribute : global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FregNameAttribute()
            : base(FregDataClassifications.Name)
        {
        }
    }

    /// <summary>An address or a part of one.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue)]
    public sealed class FregAddressAttribute : global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FregAddressAttribute()
            : base(FregDataClassifications.Address)
        {
        }
    }

    /// <summary>Other personal data about a person.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue)]
    public sealed class FregPersonalDataAttribute : global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FregPersonalDataAttribute()
            : base(FregDataClassifications.PersonalData)
        {
        }
    }

    /// <summary>Not personal data (register bookkeeping).</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property | global::System.AttributeTargets.Field | global::System.AttributeTargets.Parameter | global::System.AttributeTargets.ReturnValue)]
    public sealed class FregNotPersonalAttribute : global::Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FregNotPersonalAttribute()
            : base(FregDataClassifications.NotPersonal)
        {
        }
    }
}
