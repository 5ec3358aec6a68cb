using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// The selection of a tailored extract (<c>POST /v1/uttrekk/tilpasset</c>, <c>TilpassetUttrekkJobbRequest</c>).
    /// Skatteetaten documents <c>personstatustyper</c> as required, with the values <c>aktiv</c>, <c>bosatt</c>,
    /// <c>utflyttet</c>, <c>doed</c> and <c>inaktiv</c> (<c>aktiv</c> covers midlertidig, ikkeBosatt, forsvunnet and
    /// fødselsregistrert), and a bosted- or oppholdskommunenummer but not both (docs: src/konsumenttjenester/uttrekk.md).
    /// </summary>
    public sealed record FregTailoredExtractFilter
    {
        /// <summary>Every person status Skatteetaten documents for tailored extracts: the whole register the package may see.</summary>
        public static IReadOnlyList<string> AllPersonstatustyper { get; } = new[] { "aktiv", "bosatt", "utflyttet", "doed", "inaktiv" };

        /// <summary>The person statuses to include (required).</summary>
        public IReadOnlyList<string> Personstatustyper { get; init; } = AllPersonstatustyper;

        /// <summary>Only persons whose bostedsadresse is in this kommune (four digits).</summary>
        public string? Bostedskommunenummer { get; init; }

        /// <summary>Only persons whose oppholdsadresse is in this kommune (four digits); not together with <see cref="Bostedskommunenummer"/>.</summary>
        public string? Oppholdskommunenummer { get; init; }

        /// <summary>Born in this year or later (four digits).</summary>
        public string? FoedselsaarFraOgMed { get; init; }

        /// <summary>Born in this year or earlier (four digits).</summary>
        public string? FoedselsaarTilOgMed { get; init; }

        /// <summary>Died in this year or later (four digits).</summary>
        public string? DoedsaarFraOgMed { get; init; }

        /// <summary>Died in this year or earlier (four digits).</summary>
        public string? DoedsaarTilOgMed { get; init; }

        /// <summary><c>kvinne</c> or <c>mann</c>.</summary>
        public string? Kjoenn { get; init; }

        /// <summary>A citizenship, ISO 3166-1 alpha-3 (e.g. <c>NOR</c>).</summary>
        public string? Statsborgerskap { get; init; }

        /// <summary>A sivilstandstype, e.g. <c>gift</c>.</summary>
        public string? Sivilstandstype { get; init; }

        /// <summary>What is wrong with the filter, or <see langword="null"/> when Freg can take it.</summary>
        /// <returns>A sentence without personal data.</returns>
        public string? Validate()
        {
            if (Personstatustyper is not { Count: > 0 })
            {
                return "A tailored extract needs at least one personstatustype (aktiv, bosatt, utflyttet, doed or inaktiv).";
            }

            foreach (var status in Personstatustyper)
            {
                if (string.IsNullOrWhiteSpace(status))
                {
                    return "A personstatustype of the tailored extract is empty.";
                }
            }

            if (Bostedskommunenummer is not null && Oppholdskommunenummer is not null)
            {
                return "A tailored extract takes a bostedskommunenummer or an oppholdskommunenummer, not both.";
            }

            foreach (var (name, value) in new[] { ("bostedskommunenummer", Bostedskommunenummer), ("oppholdskommunenummer", Oppholdskommunenummer), ("foedselsaarFraOgMed", FoedselsaarFraOgMed), ("foedselsaarTilOgMed", FoedselsaarTilOgMed), ("doedsaarFraOgMed", DoedsaarFraOgMed), ("doedsaarTilOgMed", DoedsaarTilOgMed) })
            {
                if (value is not null && !IsFourDigits(value))
                {
                    return "The tailored extract's " + name + " must have four digits.";
                }
            }

            return null;
        }

        /// <summary>The request body Freg takes, as UTF-8 JSON (the JSON names of <c>TilpassetUttrekkJobbRequest</c>).</summary>
        /// <returns>The body.</returns>
        public byte[] ToJson()
        {
            if (Validate() is { } problem)
            {
                throw new ArgumentException(problem);
            }

            var buffer = new ArrayBufferWriter<byte>(256);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartArray("personstatustyper");
                foreach (var status in Personstatustyper)
                {
                    writer.WriteStringValue(status);
                }

                writer.WriteEndArray();
                if (Bostedskommunenummer is not null || Oppholdskommunenummer is not null)
                {
                    writer.WriteStartObject("kommunenummer");
                    WriteIfSet(writer, "bostedskommunenummer", Bostedskommunenummer);
                    WriteIfSet(writer, "oppholdskommunenummer", Oppholdskommunenummer);
                    writer.WriteEndObject();
                }

                WriteIfSet(writer, "foedselsaarFraOgMed", FoedselsaarFraOgMed);
                WriteIfSet(writer, "foedselsaarTilOgMed", FoedselsaarTilOgMed);
                WriteIfSet(writer, "doedsaarFraOgMed", DoedsaarFraOgMed);
                WriteIfSet(writer, "doedsaarTilOgMed", DoedsaarTilOgMed);
                WriteIfSet(writer, "kjoenn", Kjoenn);
                WriteIfSet(writer, "statsborgerskap", Statsborgerskap);
                WriteIfSet(writer, "sivilstandstype", Sivilstandstype);
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        private static void WriteIfSet(Utf8JsonWriter writer, string name, string? value)
        {
            if (value is not null)
            {
                writer.WriteString(name, value);
            }
        }

        private static bool IsFourDigits(string value)
        {
            if (value.Length != 4)
            {
                return false;
            }

            foreach (var c in value)
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }
            }

            return true;
        }
    }
}
