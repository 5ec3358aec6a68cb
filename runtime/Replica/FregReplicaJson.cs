using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using FregGen.Runtime.Feed;
using FregGen.Runtime.Logging;

namespace FregGen.Runtime.Replica
{
    /// <summary>
    /// Reads Freg's answers by their JSON names, so that the replica does not depend on the C# names a particular spec
    /// or rights package gives the generated models. The generated <c>FregReplicaSource</c> serialises the typed answer
    /// with the package's own converters (keeping unknown properties) and hands the bytes to these readers.
    /// </summary>
    public static class FregReplicaJson
    {
        /// <summary>Serialises a list of generated models as a JSON array.</summary>
        /// <typeparam name="T">The model type.</typeparam>
        /// <param name="values">The values; <see langword="null"/> gives <c>[]</c>.</param>
        /// <param name="typeInfo">The model's type info (<c>FregJsonContext.GetTypeInfo&lt;T&gt;()</c>).</param>
        /// <returns>UTF-8 JSON.</returns>
        public static byte[] SerializeList<T>(IEnumerable<T>? values, JsonTypeInfo<T> typeInfo)
        {
            ArgumentNullException.ThrowIfNull(typeInfo);
            var buffer = new ArrayBufferWriter<byte>(16 * 1024);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartArray();
                foreach (var value in values ?? Array.Empty<T>())
                {
                    JsonSerializer.Serialize(writer, value, typeInfo);
                }

                writer.WriteEndArray();
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>A request body with one array of strings, e.g. <c>{"foedselsEllerDNummer":[...]}</c>.</summary>
        /// <param name="propertyName">The array's JSON name.</param>
        /// <param name="values">The strings.</param>
        /// <returns>UTF-8 JSON.</returns>
        public static byte[] StringListBody(string propertyName, IReadOnlyList<string> values)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(propertyName);
            ArgumentNullException.ThrowIfNull(values);
            var buffer = new ArrayBufferWriter<byte>(32 + (values.Count * 16));
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WriteStartArray(propertyName);
                foreach (var value in values)
                {
                    writer.WriteStringValue(value);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            return buffer.WrittenSpan.ToArray();
        }

        /// <summary>Reads feed entries (<c>[{ "sekvensnummer": n, "hendelse": { ... } }]</c>), full or thin.</summary>
        /// <param name="json">The feed page as UTF-8 JSON.</param>
        /// <returns>The entries in the order sent.</returns>
        /// <exception cref="FregFeedProtocolException">The page is not an array of entries, or an entry has no sequence number.</exception>
        public static IReadOnlyList<FregReplicaFeedEntry> ReadFeedEntries(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
                {
                    return Array.Empty<FregReplicaFeedEntry>();
                }

                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    throw new FregFeedProtocolException("A feed page is not a JSON array.");
                }

                var entries = new List<FregReplicaFeedEntry>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        throw new FregFeedProtocolException("A feed entry is not a JSON object.");
                    }

                    entries.Add(ReadFeedEntry(ref reader));
                }

                return entries;
            }
            catch (JsonException exception)
            {
                throw new FregFeedProtocolException("A feed page is not valid JSON.", exception);
            }
        }

        /// <summary>
        /// Reads a bulk lookup answer: <c>{"oppslag":[{"foedselsEllerDNummer"|"dokumentidentifikator", "folkeregisterperson", "feilmelding"}]}</c>
        /// (1.5 and 1.6 bulkoppslag, 1.6 arkiv), or an array of such items or of bare person documents (1.5 arkiv).
        /// </summary>
        /// <param name="json">The answer as UTF-8 JSON.</param>
        /// <returns>One result per item, each person document as its own UTF-8 JSON.</returns>
        /// <exception cref="FregReplicaSourceException">The answer has neither shape.</exception>
        public static IReadOnlyList<FregReplicaPersonDocument> ReadPersonDocuments(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            var results = new List<FregReplicaPersonDocument>();
            try
            {
                if (!reader.Read() || reader.TokenType == JsonTokenType.Null)
                {
                    return results;
                }

                if (reader.TokenType == JsonTokenType.StartArray)
                {
                    ReadLookupItems(ref reader, json, results);
                    return results;
                }

                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Unreadable("a bulk lookup answer is neither an object nor an array");
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        ReadLookupItems(ref reader, json, results);
                    }
                    else
                    {
                        reader.Skip();
                    }
                }

                return results;
            }
            catch (JsonException exception)
            {
                throw Unreadable("a bulk lookup answer is not valid JSON", exception);
            }
        }

        /// <summary>Reads an extract batch: <c>{"foedselsEllerDNummer":[...]}</c>, <c>{"dokumentidentifikator":[...]}</c>, or <c>{}</c> (no more).</summary>
        /// <param name="json">The answer as UTF-8 JSON.</param>
        /// <returns>The batch, or <see cref="FregExtractBatchStatus.End"/> when it holds nothing.</returns>
        public static FregExtractBatch ReadExtractBatch(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Unreadable("an extract batch is not a JSON object");
                }

                List<string>? identifiers = null;
                List<string>? documentIds = null;
                string? error = null;
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("foedselsEllerDNummer"u8))
                    {
                        reader.Read();
                        identifiers = ReadStrings(ref reader);
                    }
                    else if (reader.ValueTextEquals("dokumentidentifikator"u8))
                    {
                        reader.Read();
                        documentIds = ReadStrings(ref reader);
                    }
                    else if (reader.ValueTextEquals("feilmelding"u8))
                    {
                        reader.Read();
                        error = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                        reader.Skip();
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                if (identifiers is { Count: > 0 })
                {
                    return new FregExtractBatch(FregExtractBatchStatus.Ready, FregExtractItemKind.Identifiers, identifiers);
                }

                if (documentIds is { Count: > 0 })
                {
                    return new FregExtractBatch(FregExtractBatchStatus.Ready, FregExtractItemKind.DocumentIds, documentIds);
                }

                if (error is not null)
                {
                    throw new FregReplicaSourceException("Freg answered an extract batch with an error: " + FregLogRedactor.Redact(error));
                }

                return new FregExtractBatch(FregExtractBatchStatus.End, FregExtractItemKind.Identifiers, Array.Empty<string>());
            }
            catch (JsonException exception)
            {
                throw Unreadable("an extract batch is not valid JSON", exception);
            }
        }

        /// <summary>Reads the job id of an extract order (<c>{"jobbId":"..."}</c>).</summary>
        /// <param name="json">The answer as UTF-8 JSON.</param>
        /// <returns>The job id.</returns>
        /// <exception cref="FregReplicaSourceException">The answer has no job id (Freg's <c>feilmelding</c> is in the message).</exception>
        public static string ReadJobId(ReadOnlySpan<byte> json)
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            string? jobId = null;
            string? error = null;
            try
            {
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    throw Unreadable("an extract order's answer is not a JSON object");
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isJob = reader.ValueTextEquals("jobbId"u8) || reader.ValueTextEquals("jobbid"u8);
                    var isError = reader.ValueTextEquals("feilmelding"u8);
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String && (isJob || isError))
                    {
                        if (isJob)
                        {
                            jobId = reader.GetString();
                        }
                        else
                        {
                            error = reader.GetString();
                        }
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
            }
            catch (JsonException exception)
            {
                throw Unreadable("an extract order's answer is not valid JSON", exception);
            }

            return string.IsNullOrWhiteSpace(jobId)
                ? throw new FregReplicaSourceException("Freg answered the extract order without a job id" + (error is null ? "." : ": " + FregLogRedactor.Redact(error)))
                : jobId;
        }

        /// <summary>Reads the feed's last sequence number from a text answer (a bare number, or <c>&lt;sekvensnummer&gt;n&lt;/sekvensnummer&gt;</c>).</summary>
        /// <param name="text">The answer.</param>
        /// <returns>The sequence number.</returns>
        public static long ReadSequenceNumber(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            var digits = new System.Text.StringBuilder();
            foreach (var c in text)
            {
                if (c is >= '0' and <= '9')
                {
                    digits.Append(c);
                }
                else if (digits.Length > 0)
                {
                    break;
                }
            }

            return long.TryParse(digits.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new FregReplicaSourceException("Freg's last sequence number could not be read.");
        }

        private static FregReplicaFeedEntry ReadFeedEntry(ref Utf8JsonReader reader)
        {
            long? sequence = null;
            string? identifier = null, type = null, personDocument = null, eventDocument = null;
            DateTimeOffset? registered = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("sekvensnummer"u8))
                {
                    reader.Read();
                    sequence = reader.TokenType switch
                    {
                        JsonTokenType.Number => reader.GetInt64(),
                        JsonTokenType.String when long.TryParse(reader.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) => parsed,
                        _ => null,
                    };
                }
                else if (reader.ValueTextEquals("hendelse"u8))
                {
                    reader.Read();
                    if (reader.TokenType != JsonTokenType.StartObject)
                    {
                        reader.Skip();
                        continue;
                    }

                    while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                    {
                        if (reader.ValueTextEquals("folkeregisteridentifikator"u8))
                        {
                            identifier = ReadString(ref reader);
                        }
                        else if (reader.ValueTextEquals("hendelsetype"u8) || reader.ValueTextEquals("hendelsestype"u8))
                        {
                            type = ReadString(ref reader);
                        }
                        else if (reader.ValueTextEquals("persondokument"u8))
                        {
                            personDocument = ReadString(ref reader);
                        }
                        else if (reader.ValueTextEquals("hendelsesdokument"u8))
                        {
                            eventDocument = ReadString(ref reader);
                        }
                        else if (reader.ValueTextEquals("ajourholdstidspunkt"u8))
                        {
                            reader.Read();
                            registered = reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment) ? moment : null;
                            reader.Skip();
                        }
                        else
                        {
                            reader.Read();
                            reader.Skip();
                        }
                    }
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            return sequence is { } number
                ? new FregReplicaFeedEntry(number, identifier, type, personDocument, eventDocument, registered)
                : throw new FregFeedProtocolException("A feed entry has no sequence number.");
        }

        private static void ReadLookupItems(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, List<FregReplicaPersonDocument> results)
        {
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    continue;
                }

                var start = (int)reader.TokenStartIndex;
                var item = new Utf8JsonReader(json.Slice(start));
                reader.Skip();
                var end = (int)reader.BytesConsumed;
                results.Add(ReadLookupItem(ref item, json.Slice(start, end - start)));
            }
        }

        /// <summary>One item: a wrapper with folkeregisterperson/feilmelding, or a bare person document.</summary>
        private static FregReplicaPersonDocument ReadLookupItem(ref Utf8JsonReader reader, ReadOnlySpan<byte> item)
        {
            reader.Read();
            string? key = null, error = null;
            byte[]? document = null;
            var wrapper = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("folkeregisterperson"u8))
                {
                    wrapper = true;
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.StartObject)
                    {
                        var start = (int)reader.TokenStartIndex;
                        reader.Skip();
                        document = item.Slice(start, (int)reader.BytesConsumed - start).ToArray();
                    }
                    else
                    {
                        reader.Skip();
                    }
                }
                else if (reader.ValueTextEquals("feilmelding"u8))
                {
                    wrapper = true;
                    reader.Read();
                    error = ReadError(ref reader);
                }
                else if (reader.ValueTextEquals("foedselsEllerDNummer"u8) || reader.ValueTextEquals("dokumentidentifikator"u8))
                {
                    var isString = true;
                    reader.Read();
                    if (reader.TokenType == JsonTokenType.String)
                    {
                        key = reader.GetString();
                    }
                    else
                    {
                        isString = false;
                        reader.Skip();
                    }

                    // A bare person document has foedselsEllerDNummer only inside its lists, never as a top-level string.
                    wrapper |= isString;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (!wrapper)
            {
                return new FregReplicaPersonDocument(null, item.ToArray(), null);
            }

            return new FregReplicaPersonDocument(key, document, document is null ? error ?? "Freg returned neither a person nor an error." : null);
        }

        private static string? ReadError(ref Utf8JsonReader reader)
        {
            if (reader.TokenType == JsonTokenType.String)
            {
                return FregLogRedactor.Redact(reader.GetString() ?? string.Empty);
            }

            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                return null;
            }

            string? message = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isMessage = reader.ValueTextEquals("feilmelding"u8) || reader.ValueTextEquals("melding"u8) || reader.ValueTextEquals("message"u8);
                reader.Read();
                if (isMessage && reader.TokenType == JsonTokenType.String)
                {
                    message = FregLogRedactor.Redact(reader.GetString() ?? string.Empty);
                }
                else
                {
                    reader.Skip();
                }
            }

            return message ?? "Freg reported an error for this item.";
        }

        private static string? ReadString(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.String)
            {
                return reader.GetString();
            }

            reader.Skip();
            return null;
        }

        private static List<string> ReadStrings(ref Utf8JsonReader reader)
        {
            var values = new List<string>();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.Skip();
                return values;
            }

            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } value)
                {
                    values.Add(value);
                }
                else
                {
                    reader.Skip();
                }
            }

            return values;
        }

        private static FregReplicaSourceException Unreadable(string what, Exception? inner = null)
            => new("Freg's answer could not be read: " + what + ".", inner);
    }
}
