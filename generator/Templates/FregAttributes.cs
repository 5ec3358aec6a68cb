namespace FregGenTemplateNamespace
{
    /// <summary>
    /// The Freg field(s) a generated property exposes, as dotted paths from the person document
    /// (<c>navn</c>, <c>bostedsadresse.vegadresse.adressenavn</c>). FregGen's compliance analyzers read it, also from other assemblies.
    /// </summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property, Inherited = false)]
    internal sealed class FregFieldAttribute : global::System.Attribute
    {
        /// <summary>Marks a property with the Freg field paths that lead to it (a shared type can be reached by several).</summary>
        public FregFieldAttribute(params string[] paths) => Paths = paths;

        /// <summary>The dotted field paths from the person document.</summary>
        public string[] Paths { get; }
    }

    /// <summary>The Freg operation (HTTP method and path template) a generated client method calls.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Method, Inherited = false)]
    internal sealed class FregOperationAttribute : global::System.Attribute
    {
        /// <summary>Marks a method with the operation it calls.</summary>
        public FregOperationAttribute(string method, string path)
        {
            Method = method;
            Path = path;
        }

        /// <summary>The HTTP method.</summary>
        public string Method { get; }

        /// <summary>The path template as written in the spec.</summary>
        public string Path { get; }
    }

    /// <summary>Marks the generated type whose values are Freg <c>part</c> selections.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Struct, Inherited = false)]
    internal sealed class FregPartTypeAttribute : global::System.Attribute
    {
    }

    /// <summary>The <c>part</c> value a generated member stands for.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Property, Inherited = false)]
    internal sealed class FregPartAttribute : global::System.Attribute
    {
        /// <summary>Marks a member with the part value it stands for.</summary>
        public FregPartAttribute(string value) => Value = value;

        /// <summary>The part value sent to Freg.</summary>
        public string Value { get; }
    }

    /// <summary>The rights package a generated type was generated for.</summary>
    [global::System.AttributeUsage(global::System.AttributeTargets.Class | global::System.AttributeTargets.Struct | global::System.AttributeTargets.Interface, Inherited = false)]
    internal sealed class FregRightsPackageAttribute : global::System.Attribute
    {
        /// <summary>Marks a type with the rights package it was generated for.</summary>
        public FregRightsPackageAttribute(string id) => Id = id;

        /// <summary>The rights package id.</summary>
        public string Id { get; }
    }
}
