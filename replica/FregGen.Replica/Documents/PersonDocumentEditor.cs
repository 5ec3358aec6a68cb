using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;

namespace FregGen.Replica.Documents
{
    /// <summary>Edits a person document's top-level properties, copying their values byte for byte.</summary>
    internal static class PersonDocumentEditor
    {
        /// <summary>Splits a document into the document without <paramref name="properties"/> and an object of those properties (null when it had none).</summary>
        public static (byte[] Remaining, byte[]? Taken) Split(byte[] document, IReadOnlyCollection<string> properties)
        {
            var rest = new ArrayBufferWriter<byte>(document.Length);
            var taken = new ArrayBufferWriter<byte>(256);
            var tookAny = false;
            using (var restWriter = new Utf8JsonWriter(rest))
            using (var takenWriter = new Utf8JsonWriter(taken))
            {
                restWriter.WriteStartObject();
                takenWriter.WriteStartObject();
                foreach (var (name, value) in Properties(document))
                {
                    var take = Contains(properties, name);
                    var writer = take ? takenWriter : restWriter;
                    tookAny |= take;
                    writer.WritePropertyName(name);
                    writer.WriteRawValue(document.AsSpan(value.Start, value.Length), skipInputValidation: true);
                }

                restWriter.WriteEndObject();
                takenWriter.WriteEndObject();
            }

            return (rest.WrittenSpan.ToArray(), tookAny ? taken.WrittenSpan.ToArray() : null);
        }

        /// <summary>
        /// Puts <paramref name="update"/>'s properties into <paramref name="document"/>: every property named in
        /// <paramref name="replaced"/> is taken from the update (and dropped when the update lacks it); the others stay.
        /// </summary>
        public static byte[] Merge(byte[] document, byte[]? update, IReadOnlyCollection<string> replaced)
        {
            var buffer = new ArrayBufferWriter<byte>(document.Length + (update?.Length ?? 0));
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                foreach (var (name, value) in Properties(document))
                {
                    if (!Contains(replaced, name))
                    {
                        writer.WritePropertyName(name);
                        writer.WriteRawValue(document.AsSpan(value.Start, value.Length), skipInputValidation: true);
                    }
                }

                if (update is not null)
                {
                    foreach (var (name, value) in Properties(update))
                    {
                        if (Contains(replaced, name))
                        {
                            writer.WritePropertyName(name);
                            writer.WriteRawValue(update.AsSpan(value.Start, value.Length), skipInputValidation: true);
                        }
                    }
                }

                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>Puts sealed properties back into a document: the document as Freg delivered it.</summary>
        public static byte[] Combine(byte[] document, byte[]? sealedProperties)
        {
            if (sealedProperties is null)
            {
                return document;
            }

            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (name, _) in Properties(sealedProperties))
            {
                names.Add(name);
            }

            return Merge(document, sealedProperties, names);
        }

        private static bool Contains(IReadOnlyCollection<string> names, string name)
        {
            if (names is ISet<string> set)
            {
                return set.Contains(name);
            }

            foreach (var candidate in names)
            {
                if (string.Equals(candidate, name, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static List<(string Name, (int Start, int Length) Value)> Properties(byte[] document)
        {
            var result = new List<(string, (int, int))>();
            var reader = new Utf8JsonReader(document);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                throw new FormatException("A person document is not a JSON object.");
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!;
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                result.Add((name, (start, (int)reader.BytesConsumed - start)));
            }

            return result;
        }
    }
}
