namespace FregGen.Classification;

/// <summary>
/// FregGen's data classification taxonomy for Freg fields, from most to least sensitive. Generated models carry it as
/// Microsoft.Extensions.Compliance data-classification attributes when the project references that package.
/// </summary>
internal enum FregDataClass
{
    /// <summary>Not classified (a property holding other objects, whose own properties are classified).</summary>
    None = 0,

    /// <summary>Not personal data: register bookkeeping, such as the source system of a value or a feed sequence number.</summary>
    NotPersonal = 1,

    /// <summary>Other personal data about a person: birth, status, citizenship, family relations, guardianship, dates.</summary>
    PersonalData = 2,

    /// <summary>An address or a part of one: residence, postal, shared residence, foreign address.</summary>
    Address = 3,

    /// <summary>A person's name or a part of it.</summary>
    Name = 4,

    /// <summary>A fødselsnummer, d-nummer or other identifier of a person (foreign id, identity document number).</summary>
    IdentityNumber = 5,
}
