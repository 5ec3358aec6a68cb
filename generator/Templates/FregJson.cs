namespace FregGenTemplateNamespace
{
    /// <summary>Reads one JSON value; the reader stands on the value's first token.</summary>
    internal delegate T FregJsonReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

    /// <summary>Writes one JSON value.</summary>
    internal delegate void FregJsonWriteAction<in T>(global::System.Text.Json.Utf8JsonWriter writer, T value);

    /// <summary>Lenient readers the generated converters share. Errors never quote the JSON value (it may be a fødselsnummer).</summary>
    internal static class FregJsonRead
    {
        public static void StartObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
        {
            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartObject)
            {
                throw Unexpected(ref reader, "an object (" + typeName + ")");
            }
        }

        public static global::System.ReadOnlySpan<byte> PropertyName(ref global::System.Text.Json.Utf8JsonReader reader)
            => reader.HasValueSequence || reader.ValueIsEscaped
                ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)
                : reader.ValueSpan;

        public static string? String(ref global::System.Text.Json.Utf8JsonReader reader) => reader.TokenType switch
        {
            global::System.Text.Json.JsonTokenType.String => reader.GetString(),
            global::System.Text.Json.JsonTokenType.Null => null,
            global::System.Text.Json.JsonTokenType.Number or global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False => RawText(ref reader),
            _ => throw Unexpected(ref reader, "a string"),
        };

        public static int? Int32(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt32(out var number))
            {
                return number;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && int.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                return number;
            }

            throw Unexpected(ref reader, "a 32-bit integer");
        }

        public static long? Int64(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetInt64(out var number))
            {
                return number;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && long.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Integer, global::System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                return number;
            }

            throw Unexpected(ref reader, "a 64-bit integer");
        }

        public static double? Double(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Number && reader.TryGetDouble(out var number))
            {
                return number;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && double.TryParse(reader.GetString(), global::System.Globalization.NumberStyles.Float, global::System.Globalization.CultureInfo.InvariantCulture, out number))
            {
                return number;
            }

            throw Unexpected(ref reader, "a number");
        }

        public static bool? Boolean(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.True:
                    return true;
                case global::System.Text.Json.JsonTokenType.False:
                    return false;
                case global::System.Text.Json.JsonTokenType.Null:
                    return null;
                case global::System.Text.Json.JsonTokenType.String when bool.TryParse(reader.GetString(), out var parsed):
                    return parsed;
                default:
                    throw Unexpected(ref reader, "true or false");
            }
        }

        /// <summary>A <c>yyyy-MM-dd</c> date; a date-time string gives its date.</summary>
        public static global::System.DateOnly? Date(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && !reader.HasValueSequence && !reader.ValueIsEscaped)
            {
                var span = reader.ValueSpan;
                if (span.Length >= 10 && (span.Length == 10 || span[10] == (byte)'T') && span[4] == (byte)'-' && span[7] == (byte)'-'
                    && TryDigits(span.Slice(0, 4), out var year) && TryDigits(span.Slice(5, 2), out var month) && TryDigits(span.Slice(8, 2), out var day)
                    && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= global::System.DateTime.DaysInMonth(year, month))
                {
                    return new global::System.DateOnly(year, month, day);
                }
            }
            else if (reader.TokenType == global::System.Text.Json.JsonTokenType.String
                && global::System.DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture, global::System.Globalization.DateTimeStyles.None, out var parsed))
            {
                return parsed;
            }

            throw Unexpected(ref reader, "a date (yyyy-MM-dd)");
        }

        /// <summary>An ISO 8601 date-time. One without an offset is read as UTC, whatever the machine's time zone.</summary>
        public static global::System.DateTimeOffset? DateTime(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String)
            {
                if (HasOffset(ref reader))
                {
                    if (reader.TryGetDateTimeOffset(out var withOffset))
                    {
                        return withOffset;
                    }
                }
                else if (reader.TryGetDateTime(out var local))
                {
                    return new global::System.DateTimeOffset(global::System.DateTime.SpecifyKind(local, global::System.DateTimeKind.Unspecified), global::System.TimeSpan.Zero);
                }
            }

            throw Unexpected(ref reader, "a date-time (ISO 8601)");
        }

        public static global::System.Text.Json.JsonElement? Json(ref global::System.Text.Json.Utf8JsonReader reader)
            => global::System.Text.Json.JsonElement.ParseValue(ref reader);

        /// <summary>A list of reference values; <c>null</c> items are dropped.</summary>
        public static global::System.Collections.Generic.List<T>? List<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : class
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                throw Unexpected(ref reader, "an array");
            }

            var list = new global::System.Collections.Generic.List<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (readItem(ref reader) is { } item)
                {
                    list.Add(item);
                }
            }

            return list;
        }

        /// <summary>A list of value-type values; <c>null</c> items are dropped.</summary>
        public static global::System.Collections.Generic.List<T>? ValueList<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : struct
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                throw Unexpected(ref reader, "an array");
            }

            var list = new global::System.Collections.Generic.List<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (readItem(ref reader) is { } item)
                {
                    list.Add(item);
                }
            }

            return list;
        }

        /// <summary>A list, also when the server sends a single object where the spec or the server is inconsistent.</summary>
        public static global::System.Collections.Generic.List<T>? ListOrSingle<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : class
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
            {
                var single = readItem(ref reader);
                return single is null ? new global::System.Collections.Generic.List<T>() : new global::System.Collections.Generic.List<T> { single };
            }

            return List(ref reader, readItem);
        }

        public static global::System.Collections.Generic.Dictionary<string, T>? Map<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readValue)
            where T : class
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            StartObject(ref reader, "map");
            var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (readValue(ref reader) is { } value)
                {
                    map[key] = value;
                }
            }

            return map;
        }

        public static global::System.Collections.Generic.Dictionary<string, T>? ValueMap<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readValue)
            where T : struct
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            StartObject(ref reader, "map");
            var map = new global::System.Collections.Generic.Dictionary<string, T>(global::System.StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == global::System.Text.Json.JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (readValue(ref reader) is { } value)
                {
                    map[key] = value;
                }
            }

            return map;
        }

        /// <summary>Keeps a property the generated model does not know, so nothing the server sent is lost.</summary>
        public static void Unknown(ref global::System.Text.Json.Utf8JsonReader reader, scoped global::System.ReadOnlySpan<byte> name, ref global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? unknown)
        {
            unknown ??= new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(global::System.StringComparer.Ordinal);
            unknown[global::System.Text.Encoding.UTF8.GetString(name)] = global::System.Text.Json.JsonElement.ParseValue(ref reader);
        }

        public static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
            => new("Expected " + expected + " but found " + reader.TokenType + " at byte " + reader.TokenStartIndex.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".");

        private static string RawText(ref global::System.Text.Json.Utf8JsonReader reader)
            => global::System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan.ToArray());

        private static bool HasOffset(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            global::System.ReadOnlySpan<byte> span = reader.HasValueSequence ? global::System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan;
            var time = global::System.MemoryExtensions.IndexOf(span, (byte)'T');
            if (time < 0)
            {
                return false;
            }

            var tail = span.Slice(time);
            return global::System.MemoryExtensions.IndexOfAny(tail, (byte)'Z', (byte)'z', (byte)'+') >= 0 || global::System.MemoryExtensions.IndexOf(tail, (byte)'-') >= 0;
        }

        private static bool TryDigits(global::System.ReadOnlySpan<byte> digits, out int value)
        {
            value = 0;
            for (var i = 0; i < digits.Length; i++)
            {
                var digit = digits[i];
                if (digit < (byte)'0' || digit > (byte)'9')
                {
                    return false;
                }

                value = (value * 10) + (digit - (byte)'0');
            }

            return true;
        }
    }

    /// <summary>Writers the generated converters share.</summary>
    internal static class FregJsonWrite
    {
        public static void DateValue(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateOnly value)
        {
            global::System.Span<byte> buffer = stackalloc byte[10];
            value.TryFormat(buffer, out _, "yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture);
            writer.WriteStringValue(buffer);
        }

        public static void Date(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateOnly value)
        {
            writer.WritePropertyName(name);
            DateValue(writer, value);
        }

        public static void StringValue(global::System.Text.Json.Utf8JsonWriter writer, string value) => writer.WriteStringValue(value);

        public static void Int32Value(global::System.Text.Json.Utf8JsonWriter writer, int value) => writer.WriteNumberValue(value);

        public static void Int64Value(global::System.Text.Json.Utf8JsonWriter writer, long value) => writer.WriteNumberValue(value);

        public static void DoubleValue(global::System.Text.Json.Utf8JsonWriter writer, double value) => writer.WriteNumberValue(value);

        public static void BooleanValue(global::System.Text.Json.Utf8JsonWriter writer, bool value) => writer.WriteBooleanValue(value);

        public static void DateTimeValue(global::System.Text.Json.Utf8JsonWriter writer, global::System.DateTimeOffset value) => writer.WriteStringValue(value);

        public static void JsonValue(global::System.Text.Json.Utf8JsonWriter writer, global::System.Text.Json.JsonElement value) => value.WriteTo(writer);

        public static void List<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.IReadOnlyList<T> items, FregJsonWriteAction<T> writeItem)
        {
            writer.WritePropertyName(name);
            ListValue(writer, items, writeItem);
        }

        public static void ListValue<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyList<T> items, FregJsonWriteAction<T> writeItem)
        {
            writer.WriteStartArray();
            for (var i = 0; i < items.Count; i++)
            {
                writeItem(writer, items[i]);
            }

            writer.WriteEndArray();
        }

        public static void Map<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.Collections.Generic.IReadOnlyDictionary<string, T> map, FregJsonWriteAction<T> writeValue)
        {
            writer.WritePropertyName(name);
            MapValue(writer, map, writeValue);
        }

        public static void MapValue<T>(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IReadOnlyDictionary<string, T> map, FregJsonWriteAction<T> writeValue)
        {
            writer.WriteStartObject();
            foreach (var entry in map)
            {
                writer.WritePropertyName(entry.Key);
                writeValue(writer, entry.Value);
            }

            writer.WriteEndObject();
        }

        public static void Unknown(global::System.Text.Json.Utf8JsonWriter writer, global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>? unknown)
        {
            if (unknown is null)
            {
                return;
            }

            foreach (var entry in unknown)
            {
                writer.WritePropertyName(entry.Key);
                entry.Value.WriteTo(writer);
            }
        }
    }
}
