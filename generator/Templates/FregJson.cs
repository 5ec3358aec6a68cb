namespace FregGenTemplateNamespace
{
    /// <summary>Reads one JSON value; the reader stands on the value's first token.</summary>
    internal delegate T FregJsonReadFunc<T>(ref global::System.Text.Json.Utf8JsonReader reader);

    /// <summary>Writes one JSON value.</summary>
    internal delegate void FregJsonWriteAction<in T>(global::System.Text.Json.Utf8JsonWriter writer, T value);

    /// <summary>
    /// Lenient readers the generated converters share. A value of the wrong type or format goes to <see cref="Invalid"/>:
    /// an error that never quotes the value (it may be a fødselsnummer), or, while the client collects problems, a gap.
    /// </summary>
    internal static class FregJsonRead
    {
        /// <summary>Whether the reader stands on an object; false when it does not and the problem was collected (the value is skipped).</summary>
        public static bool StartObject(ref global::System.Text.Json.Utf8JsonReader reader, string typeName)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
            {
                return true;
            }

            Invalid(ref reader, "an object (" + typeName + ")");
            return false;
        }

        /// <summary>
        /// Whether two UTF-8 names are equal. Generated converters call this one non-generic method instead of
        /// MemoryExtensions.SequenceEqual, whose overloads the compiler would resolve again at every call site.
        /// </summary>
        public static bool Utf8Equals(global::System.ReadOnlySpan<byte> value, global::System.ReadOnlySpan<byte> expected)
            => global::System.MemoryExtensions.SequenceEqual(value, expected);

        public static global::System.ReadOnlySpan<byte> PropertyName(ref global::System.Text.Json.Utf8JsonReader reader)
            => reader.HasValueSequence || reader.ValueIsEscaped
                ? global::System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)
                : reader.ValueSpan;

        public static string? String(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.String:
                    return reader.HasValueSequence || reader.ValueIsEscaped ? reader.GetString() : FregStringCache.Get(reader.ValueSpan);
                case global::System.Text.Json.JsonTokenType.Null:
                    return null;
                case global::System.Text.Json.JsonTokenType.Number or global::System.Text.Json.JsonTokenType.True or global::System.Text.Json.JsonTokenType.False:
                    return RawText(ref reader);
                default:
                    Invalid(ref reader, "a string");
                    return null;
            }
        }

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

            Invalid(ref reader, "a 32-bit integer");
            return null;
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

            Invalid(ref reader, "a 64-bit integer");
            return null;
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

            Invalid(ref reader, "a number");
            return null;
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
                    Invalid(ref reader, "true or false");
                    return null;
            }
        }

        /// <summary>
        /// A <c>yyyy-MM-dd</c> date; a date-time string gives its date. A hand-edited date whose meaning is clear is read
        /// too: <c>1956-8-19</c> (no leading zeros), with spaces around it. Anything else (<c>19.08.1956</c>: which order?) is invalid.
        /// </summary>
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

            if (reader.TokenType == global::System.Text.Json.JsonTokenType.String && TryParseHandEditedDate(reader.GetString(), out var parsed))
            {
                return parsed;
            }

            Invalid(ref reader, "a date (yyyy-MM-dd)");
            return null;
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
                if (!reader.HasValueSequence && !reader.ValueIsEscaped && TryParseIsoDateTime(reader.ValueSpan, out var parsed))
                {
                    return parsed;
                }

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

            Invalid(ref reader, "a date-time (ISO 8601)");
            return null;
        }

        public static global::System.Text.Json.JsonElement? Json(ref global::System.Text.Json.Utf8JsonReader reader)
            => global::System.Text.Json.JsonElement.ParseValue(ref reader);

        /// <summary>A list of reference values; <c>null</c> items are dropped.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<T>? List<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : class
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                // One value where the spec has a list: its meaning is clear, a list of that one value.
                return readItem(ref reader) is { } single ? new FregSingleItemList<T>(single) : global::System.Array.Empty<T>();
            }

            var items = new FregArrayBuilder<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (readItem(ref reader) is { } item)
                {
                    items.Add(item);
                }
            }

            return items.Count == 1 ? new FregSingleItemList<T>(items.First) : items.ToArray();
        }

        /// <summary>A list of value-type values; <c>null</c> items are dropped.</summary>
        public static T[]? ValueList<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : struct
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return null;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                return readItem(ref reader) is { } single ? new[] { single } : global::System.Array.Empty<T>();
            }

            var items = new FregArrayBuilder<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (readItem(ref reader) is { } item)
                {
                    items.Add(item);
                }
            }

            return items.ToArray();
        }

        /// <summary>A list, also when the server sends a single object where the spec or the server is inconsistent.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<T>? ListOrSingle<T>(ref global::System.Text.Json.Utf8JsonReader reader, FregJsonReadFunc<T?> readItem)
            where T : class
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.StartObject)
            {
                var single = readItem(ref reader);
                return single is null ? global::System.Array.Empty<T>() : new FregSingleItemList<T>(single);
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

        /// <summary>
        /// A property the spec says is an object. Freg's answers have had other shapes for some (a place name where the
        /// spec has a Poststed object): such a value is kept as sent among the unknown properties, like a property the
        /// model does not know, and the typed property stays null, so nothing is lost and the rest reads on.
        /// </summary>
        public static T? Object<T>(ref global::System.Text.Json.Utf8JsonReader reader, scoped global::System.ReadOnlySpan<byte> name, ref FregUnknownProperties? unknown, FregJsonReadFunc<T?> read)
            where T : class
        {
            if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject or global::System.Text.Json.JsonTokenType.Null)
            {
                return read(ref reader);
            }

            Unknown(ref reader, name, ref unknown);
            return null;
        }

        /// <summary>Keeps a property the generated model does not know, as the JSON Freg sent, so nothing is lost.</summary>
        public static void Unknown(ref global::System.Text.Json.Utf8JsonReader reader, scoped global::System.ReadOnlySpan<byte> name, ref FregUnknownProperties? unknown)
        {
            unknown ??= new FregUnknownProperties();
            unknown.Add(FregStringCache.Get(name), FregRawJson.Copy(ref reader));
        }

        /// <summary>
        /// A value that is not what the spec says. While <see cref="FregJsonProblems"/> collects (the client reading an
        /// answer), its position is recorded and the value skipped, so the caller leaves it out and reads on; otherwise a
        /// JsonException that names the expected kind and the byte position, never the value.
        /// </summary>
        public static void Invalid(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
        {
            if (!FregJsonProblems.TryRecord(reader.TokenStartIndex, expected))
            {
                throw Unexpected(ref reader, expected);
            }

            reader.Skip();
        }

        public static global::System.Text.Json.JsonException Unexpected(ref global::System.Text.Json.Utf8JsonReader reader, string expected)
            => new("Expected " + expected + " but found " + reader.TokenType + " at byte " + reader.TokenStartIndex.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ".");

        private static bool TryParseHandEditedDate(string? text, out global::System.DateOnly date)
        {
            date = default;
            var parts = text?.Trim().Split('-');
            if (parts is not { Length: 3 } || parts[0].Length != 4 || parts[1].Length is < 1 or > 2 || parts[2].Length is < 1 or > 2
                || !int.TryParse(parts[0], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var year)
                || !int.TryParse(parts[1], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var month)
                || !int.TryParse(parts[2], global::System.Globalization.NumberStyles.None, global::System.Globalization.CultureInfo.InvariantCulture, out var day)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month))
            {
                return false;
            }

            date = new global::System.DateOnly(year, month, day);
            return true;
        }

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

        /// <summary>
        /// The form Freg sends, parsed without the general ISO 8601 machinery: <c>yyyy-MM-ddTHH:mm:ss</c>, optional
        /// fraction (up to 7 digits), then <c>Z</c>, <c>±hh:mm</c> or nothing (UTC). Anything else goes to the general parser.
        /// </summary>
        private static bool TryParseIsoDateTime(global::System.ReadOnlySpan<byte> text, out global::System.DateTimeOffset value)
        {
            value = default;
            if (text.Length < 19 || text[4] != (byte)'-' || text[7] != (byte)'-' || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':'
                || !TryDigits(text.Slice(0, 4), out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
                || !TryDigits(text.Slice(11, 2), out var hour) || !TryDigits(text.Slice(14, 2), out var minute) || !TryDigits(text.Slice(17, 2), out var second)
                || year < 1 || month is < 1 or > 12 || day < 1 || day > global::System.DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
            {
                return false;
            }

            var position = 19;
            long fractionTicks = 0;
            if (position < text.Length && text[position] == (byte)'.')
            {
                var scale = global::System.TimeSpan.TicksPerSecond;
                position++;
                var start = position;
                while (position < text.Length && text[position] >= (byte)'0' && text[position] <= (byte)'9')
                {
                    if (position - start < 7)
                    {
                        scale /= 10;
                        fractionTicks += (text[position] - (byte)'0') * scale;
                    }

                    position++;
                }

                if (position == start)
                {
                    return false;
                }
            }

            var offset = global::System.TimeSpan.Zero;
            if (position < text.Length)
            {
                if (text[position] is (byte)'Z' or (byte)'z' && position + 1 == text.Length)
                {
                    position++;
                }
                else if (text[position] is (byte)'+' or (byte)'-' && position + 6 == text.Length && text[position + 3] == (byte)':'
                    && TryDigits(text.Slice(position + 1, 2), out var offsetHours) && TryDigits(text.Slice(position + 4, 2), out var offsetMinutes)
                    && offsetMinutes <= 59 && (offsetHours * 60) + offsetMinutes <= 14 * 60)
                {
                    // DateTimeOffset holds offsets up to 14 hours: +14:30 is invalid, not an ArgumentOutOfRangeException.
                    offset = new global::System.TimeSpan(offsetHours, offsetMinutes, 0);
                    if (text[position] == (byte)'-')
                    {
                        offset = -offset;
                    }

                    position += 6;
                }
                else
                {
                    return false;
                }
            }

            var ticks = new global::System.DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks;
            var utcTicks = ticks - offset.Ticks;
            if (utcTicks < 0 || utcTicks > global::System.DateTime.MaxValue.Ticks)
            {
                // 0001-01-01T00:00:00+01:00 is before the first instant DateTimeOffset holds: invalid, not an exception.
                return false;
            }

            value = new global::System.DateTimeOffset(ticks, offset);
            return true;
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

    /// <summary>
    /// The values of an answer that were not what the spec says, collected while the client reads it so that one bad value
    /// (a hand-edited date, a number where text belongs) costs that value, not the whole answer: each is left out (null)
    /// and its position kept. Only positions and expected kinds are kept, never the values (they may be fødselsnumre).
    /// </summary>
    internal sealed class FregJsonProblems : global::System.IDisposable
    {
        private const int Described = 5;

        [global::System.ThreadStatic]
        private static FregJsonProblems? _current;

        private readonly FregJsonProblems? _outer;
        private global::System.Collections.Generic.List<(long Position, string Expected)>? _problems;

        private FregJsonProblems(FregJsonProblems? outer) => _outer = outer;

        public int Count => _problems?.Count ?? 0;

        /// <summary>Collects on this thread until disposed.</summary>
        public static FregJsonProblems Collect() => _current = new FregJsonProblems(_current);

        internal static bool TryRecord(long position, string expected)
        {
            if (_current is not { } problems)
            {
                return false;
            }

            (problems._problems ??= new()).Add((position, expected));
            return true;
        }

        /// <summary>"2 values have the wrong type or format: $.oppslag[417].folkeregisterperson.foedsel[0].foedselsdato (expected a date (yyyy-MM-dd)), …".</summary>
        public string Describe(global::System.ReadOnlySpan<byte> json)
        {
            var text = new global::System.Text.StringBuilder();
            text.Append(Count).Append(Count == 1 ? " value has" : " values have").Append(" the wrong type or format: ");
            for (var i = 0; i < global::System.Math.Min(Count, Described); i++)
            {
                text.Append(i == 0 ? string.Empty : ", ").Append(FregJsonPath.At(json, _problems![i].Position)).Append(" (expected ").Append(_problems[i].Expected).Append(')');
            }

            return (Count > Described ? text.Append(" and ").Append(Count - Described).Append(" more") : text).ToString();
        }

        public void Dispose() => _current = _outer;
    }

    /// <summary>Where a value stands in a JSON text, as a path of property names and list positions (<c>$.oppslag[417].navn[0].fornavn</c>).</summary>
    internal static class FregJsonPath
    {
        public static string At(global::System.ReadOnlySpan<byte> json, long position)
        {
            var reader = new global::System.Text.Json.Utf8JsonReader(json, new global::System.Text.Json.JsonReaderOptions { CommentHandling = global::System.Text.Json.JsonCommentHandling.Skip });
            var steps = new global::System.Collections.Generic.List<(string? Name, int Index)>();
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case global::System.Text.Json.JsonTokenType.PropertyName:
                        steps[steps.Count - 1] = (reader.GetString(), -1);
                        continue;
                    case global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray:
                        steps.RemoveAt(steps.Count - 1);
                        continue;
                }

                if (steps.Count > 0 && steps[steps.Count - 1].Name is null)
                {
                    steps[steps.Count - 1] = (null, steps[steps.Count - 1].Index + 1);
                }

                if (reader.TokenStartIndex == position)
                {
                    break;
                }

                if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartObject)
                {
                    steps.Add((string.Empty, -1));
                }
                else if (reader.TokenType is global::System.Text.Json.JsonTokenType.StartArray)
                {
                    steps.Add((null, -1));
                }
            }

            var path = new global::System.Text.StringBuilder("$");
            foreach (var (name, index) in steps)
            {
                if (name is null)
                {
                    path.Append('[').Append(index.ToString(global::System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                }
                else if (name.Length > 0)
                {
                    path.Append('.').Append(name);
                }
            }

            return path.ToString();
        }
    }

    /// <summary>
    /// A read-only list of one item, 8 bytes smaller than a one-element array (as C# 12 emits for <c>[item]</c>): most
    /// Freg lists (a person's name, birth, status, identifier) hold a single entry, thousands of times in a bulk answer.
    /// </summary>
    internal sealed class FregSingleItemList<T> : global::System.Collections.Generic.IReadOnlyList<T>, global::System.Collections.Generic.IList<T>
    {
        private readonly T _item;

        public FregSingleItemList(T item) => _item = item;

        public int Count => 1;

        public bool IsReadOnly => true;

        public T this[int index]
        {
            get => index == 0 ? _item : throw new global::System.ArgumentOutOfRangeException(nameof(index));
            set => throw new global::System.NotSupportedException();
        }

        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
        {
            yield return _item;
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public int IndexOf(T item) => global::System.Collections.Generic.EqualityComparer<T>.Default.Equals(_item, item) ? 0 : -1;

        public bool Contains(T item) => IndexOf(item) == 0;

        public void CopyTo(T[] array, int arrayIndex) => array[arrayIndex] = _item;

        public void Add(T item) => throw new global::System.NotSupportedException();

        public void Clear() => throw new global::System.NotSupportedException();

        public void Insert(int index, T item) => throw new global::System.NotSupportedException();

        public bool Remove(T item) => throw new global::System.NotSupportedException();

        public void RemoveAt(int index) => throw new global::System.NotSupportedException();
    }

    /// <summary>
    /// Collects the items of a JSON array in a pooled buffer and returns an array of exactly their number: most Freg
    /// arrays hold one to three items, so a List and its spare capacity would cost more than the items.
    /// </summary>
    internal struct FregArrayBuilder<T>
    {
        private T? _first;
        private T[]? _rented;
        private int _count;

        public void Add(T item)
        {
            if (_count == 0)
            {
                _first = item;
            }
            else
            {
                if (_rented is null)
                {
                    _rented = global::System.Buffers.ArrayPool<T>.Shared.Rent(8);
                    _rented[0] = _first!;
                }
                else if (_count == _rented.Length)
                {
                    var larger = global::System.Buffers.ArrayPool<T>.Shared.Rent(_count * 2);
                    global::System.Array.Copy(_rented, larger, _count);
                    Return();
                    _rented = larger;
                }

                _rented[_count] = item;
            }

            _count++;
        }

        public int Count => _count;

        public T First => _first!;

        public T[] ToArray()
        {
            if (_count == 0)
            {
                return global::System.Array.Empty<T>();
            }

            if (_rented is null)
            {
                return new[] { _first! };
            }

            var result = new T[_count];
            global::System.Array.Copy(_rented, result, _count);
            Return();
            return result;
        }

        private void Return()
        {
            global::System.Buffers.ArrayPool<T>.Shared.Return(_rented!, clearArray: global::System.Runtime.CompilerServices.RuntimeHelpers.IsReferenceOrContainsReferences<T>());
            _rented = null;
        }
    }

    /// <summary>
    /// How a generated model stores a <c>DateTimeOffset?</c> property: exactly (UTC ticks to 100 ns and the offset in
    /// minutes), in 10 bytes instead of the 24 of a <c>DateTimeOffset?</c> field. Every entry of a Freg answer carries
    /// two or three date-times, tens of thousands in a bulk answer.
    /// </summary>
    [global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 2)]
    internal readonly struct FregCompactDateTime
    {
        private const long Present = 1L << 62;

        /// <summary>The UTC ticks (62 bits) with <see cref="Present"/> set; 0 when there is no value.</summary>
        private readonly long _utcTicks;
        private readonly short _offsetMinutes;

        public FregCompactDateTime(global::System.DateTimeOffset? value)
        {
            if (value is { } dateTime)
            {
                _utcTicks = dateTime.UtcTicks | Present;
                _offsetMinutes = (short)(dateTime.Offset.Ticks / global::System.TimeSpan.TicksPerMinute);
            }
            else
            {
                _utcTicks = 0;
                _offsetMinutes = 0;
            }
        }

        public global::System.DateTimeOffset? Value
        {
            get
            {
                if (_utcTicks == 0)
                {
                    return null;
                }

                var offset = global::System.TimeSpan.FromTicks(_offsetMinutes * global::System.TimeSpan.TicksPerMinute);
                return new global::System.DateTimeOffset((_utcTicks & ~Present) + offset.Ticks, offset);
            }
        }
    }

    /// <summary>
    /// How a generated model stores a nullable number or date property: the value and a flag in one byte more than the
    /// value (a <c>long?</c> field takes 16 bytes, this 9; <c>DateOnly?</c> 8, this 5), packed beside the model's other fields.
    /// </summary>
    [global::System.Runtime.InteropServices.StructLayout(global::System.Runtime.InteropServices.LayoutKind.Sequential, Pack = 1)]
    internal readonly struct FregCompactValue<T>
        where T : struct
    {
        private readonly T _value;
        private readonly bool _hasValue;

        public FregCompactValue(T? value)
        {
            _value = value.GetValueOrDefault();
            _hasValue = value.HasValue;
        }

        public T? Value => _hasValue ? _value : null;
    }

    /// <summary>
    /// Reuses the string instances of short values that repeat across a Freg document (kilde, kommunenummer, postnummer,
    /// poststed, country codes, common names and places): one table per thread (4096 places, 128 KiB), checked against the bytes before
    /// use, so a hit is always the right string and a miss costs what reading the string costs anyway.
    /// Identity numbers (the redactor's rule) never go into that table, so none stays in memory after its answer is gone.
    /// While an answer is read (<see cref="BeginAnswer"/>, as FregHttp does) they go into a second table of the answer's
    /// own, emptied when the answer has been read: a person's number appears in several places of an answer, and a
    /// relative's number in several persons.
    /// </summary>
    internal static class FregStringCache
    {
        private const int MaxLength = 32;
        private const int Size = 4096;
        private const int Ways = 4;

        [global::System.ThreadStatic]
        private static Entry[]? _entries;

        [global::System.ThreadStatic]
        private static Entry[]? _answerEntries;

        [global::System.ThreadStatic]
        private static int _answerDepth;

        [global::System.ThreadStatic]
        private static bool _answerHasEntries;

        /// <summary>Starts reading one answer on this thread; disposing the scope forgets the answer's identity numbers.</summary>
        public static FregAnswerScope BeginAnswer()
        {
            _answerDepth++;
            return default;
        }

        internal static void EndAnswer()
        {
            if (_answerDepth == 0)
            {
                return;
            }

            if (--_answerDepth == 0 && _answerHasEntries)
            {
                global::System.Array.Clear(_answerEntries!, 0, Size);
                _answerHasEntries = false;
            }
        }

        public static string Get(global::System.ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length == 0)
            {
                return string.Empty;
            }

            if (utf8.Length > MaxLength)
            {
                return global::System.Text.Encoding.UTF8.GetString(utf8);
            }

            // A few places per set, the most recently used first, so that values seen once (an identifier, an address
            // id) do not push out the ones that repeat. A place keeps the value's key beside its string: a value of up
            // to 16 bytes is its key, so a hit on one never reads the string, which is seldom in the processor's cache.
            var entries = _entries ??= new Entry[Size];
            var key = new Key(utf8);
            var first = key.Set & (Size - Ways);
            if (Find(entries, first, key, utf8) is { } cached)
            {
                return cached;
            }

            var answer = _answerDepth > 0 ? _answerEntries ??= new Entry[Size] : null;
            if (answer is not null && Find(answer, first, key, utf8) is { } inAnswer)
            {
                return inAnswer;
            }

            var ascii = global::System.Text.Ascii.IsValid(utf8);
            var created = ascii ? global::System.Text.Encoding.ASCII.GetString(utf8) : global::System.Text.Encoding.UTF8.GetString(utf8);
            if (!global::FregGen.Runtime.Logging.FregLogRedactor.ContainsIdentityNumber(created))
            {
                MoveToFront(entries, first, Ways - 1, new Entry(key, created));
            }
            else if (answer is not null)
            {
                MoveToFront(answer, first, Ways - 1, new Entry(key, created));
                _answerHasEntries = true;
            }

            return created;
        }

        private static string? Find(Entry[] entries, int first, Key key, global::System.ReadOnlySpan<byte> utf8)
        {
            for (var way = 0; way < Ways; way++)
            {
                var entry = entries[first + way];
                if (entry.Key.Equals(key) && entry.Value is { } cached && (key.IsWholeValue || SameText(utf8, cached)))
                {
                    if (way > 0)
                    {
                        MoveToFront(entries, first, way, entry);
                    }

                    return cached;
                }
            }

            return null;
        }

        private static void MoveToFront(Entry[] entries, int first, int way, Entry entry)
        {
            for (; way > 0; way--)
            {
                entries[first + way] = entries[first + way - 1];
            }

            entries[first] = entry;
        }

        /// <summary>Whether a cached string is these UTF-8 bytes (Norwegian names and places: æ, ø, å take two bytes each).</summary>
        private static bool SameText(global::System.ReadOnlySpan<byte> utf8, string cached)
        {
            // ASCII bytes equal an ASCII string of the same length; a string with Norwegian letters is shorter than its bytes.
            if (cached.Length == utf8.Length)
            {
                return global::System.Text.Ascii.Equals(utf8, cached);
            }

            global::System.Span<byte> encoded = stackalloc byte[MaxLength];
            return cached.Length < utf8.Length
                && global::System.Text.Encoding.UTF8.TryGetBytes(cached, encoded, out var written)
                && global::System.MemoryExtensions.SequenceEqual(encoded.Slice(0, written), utf8);
        }

        /// <summary>
        /// A value's length and the bytes at both ends (eight each, four each, or first, middle and last byte): all of a
        /// value of up to 16 bytes, so that equal keys are equal values; a longer value's key only narrows the search.
        /// </summary>
        private readonly struct Key
        {
            private const int WholeValueLength = 16;

            private readonly ulong _head;
            private readonly ulong _tail;
            private readonly int _length;

            public Key(global::System.ReadOnlySpan<byte> utf8)
            {
                _length = utf8.Length;
                if (utf8.Length >= 8)
                {
                    _head = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8);
                    _tail = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(utf8.Slice(utf8.Length - 8));
                }
                else if (utf8.Length >= 4)
                {
                    _head = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(utf8);
                    _tail = global::System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(utf8.Slice(utf8.Length - 4));
                }
                else
                {
                    _head = (ulong)utf8[0] | ((ulong)utf8[utf8.Length / 2] << 8) | ((ulong)utf8[utf8.Length - 1] << 16);
                    _tail = 0;
                }
            }

            public bool IsWholeValue => _length <= WholeValueLength;

            /// <summary>A hash of the key whose high bits choose the set.</summary>
            public int Set => (int)(((_head * 0x9E3779B97F4A7C15UL) ^ (_tail * 0xC2B2AE3D27D4EB4FUL) ^ (ulong)_length) >> 40);

            public bool Equals(Key other) => _head == other._head && _tail == other._tail && _length == other._length;
        }

        /// <summary>A place of the table: the key of its value and the value (32 bytes).</summary>
        private readonly struct Entry
        {
            public Entry(Key key, string value)
            {
                Key = key;
                Value = value;
            }

            public Key Key { get; }

            public string? Value { get; }
        }
    }

    /// <summary>The reading of one answer (<see cref="FregStringCache.BeginAnswer"/>); dispose it when the answer is read.</summary>
    internal readonly struct FregAnswerScope : global::System.IDisposable
    {
        public void Dispose() => FregStringCache.EndAnswer();
    }

    /// <summary>
    /// The properties of a Freg answer a generated model does not know, kept as the JSON Freg sent (one byte array each)
    /// until they are looked at: reading an answer with a new field costs a copy of its bytes, not a JsonDocument. The
    /// first look parses them into JsonElements; writing the model back writes the bytes as they came.
    /// </summary>
    internal sealed class FregUnknownProperties : global::System.Collections.Generic.IDictionary<string, global::System.Text.Json.JsonElement>
    {
        // As read: the first property (nearly always the only one) in fields, any further ones in a list.
        private string _firstName = string.Empty;
        private byte[]? _firstJson;
        private global::System.Collections.Generic.List<global::System.Collections.Generic.KeyValuePair<string, byte[]>>? _more;
        private global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>? _parsed;

        public int Count => Parsed.Count;

        public bool IsReadOnly => false;

        public global::System.Collections.Generic.ICollection<string> Keys => Parsed.Keys;

        public global::System.Collections.Generic.ICollection<global::System.Text.Json.JsonElement> Values => Parsed.Values;

        public global::System.Text.Json.JsonElement this[string key]
        {
            get => Parsed[key];
            set => Parsed[key] = value;
        }

        private global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement> Parsed => _parsed ??= Parse();

        /// <summary>Adds a property as read; a later property of the same name replaces an earlier one, as in a JsonObject.</summary>
        internal void Add(string name, byte[] json)
        {
            if (_firstJson is null)
            {
                (_firstName, _firstJson) = (name, json);
            }
            else
            {
                (_more ??= new()).Add(new global::System.Collections.Generic.KeyValuePair<string, byte[]>(name, json));
            }
        }

        private int ReadCount => _firstJson is null ? 0 : 1 + (_more?.Count ?? 0);

        private global::System.Collections.Generic.KeyValuePair<string, byte[]> ReadAt(int index)
            => index == 0 ? new global::System.Collections.Generic.KeyValuePair<string, byte[]>(_firstName, _firstJson!) : _more![index - 1];

        /// <summary>Writes the properties as they were read, unless they have been looked at (and so may have been changed) since.</summary>
        internal bool TryWriteAsRead(global::System.Text.Json.Utf8JsonWriter writer)
        {
            if (_parsed is not null)
            {
                return false;
            }

            for (var i = 0; i < ReadCount; i++)
            {
                if (!ReadAgainLater(i))
                {
                    var property = ReadAt(i);
                    writer.WritePropertyName(property.Key);
                    writer.WriteRawValue(property.Value, skipInputValidation: true);
                }
            }

            return true;
        }

        private bool ReadAgainLater(int index)
        {
            for (var later = index + 1; later < ReadCount; later++)
            {
                if (string.Equals(ReadAt(later).Key, ReadAt(index).Key, global::System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(string key, global::System.Text.Json.JsonElement value) => Parsed.Add(key, value);

        public bool ContainsKey(string key) => Parsed.ContainsKey(key);

        public bool Remove(string key) => Parsed.Remove(key);

        public bool TryGetValue(string key, out global::System.Text.Json.JsonElement value) => Parsed.TryGetValue(key, out value);

        public void Add(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) => Parsed.Add(item.Key, item.Value);

        public void Clear() => Parsed.Clear();

        public bool Contains(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) => ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).Contains(item);

        public void CopyTo(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>[] array, int arrayIndex) => ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).CopyTo(array, arrayIndex);

        public bool Remove(global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement> item) => ((global::System.Collections.Generic.ICollection<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>>)Parsed).Remove(item);

        public global::System.Collections.Generic.IEnumerator<global::System.Collections.Generic.KeyValuePair<string, global::System.Text.Json.JsonElement>> GetEnumerator() => Parsed.GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement> Parse()
        {
            var parsed = new global::System.Collections.Generic.Dictionary<string, global::System.Text.Json.JsonElement>(ReadCount, global::System.StringComparer.Ordinal);
            for (var i = 0; i < ReadCount; i++)
            {
                var property = ReadAt(i);
                var reader = new global::System.Text.Json.Utf8JsonReader(property.Value);
                reader.Read();
                parsed[property.Key] = global::System.Text.Json.JsonElement.ParseValue(ref reader);
            }

            (_firstJson, _more) = (null, null);
            return parsed;
        }
    }

    /// <summary>Copies the JSON value the reader stands on, byte for byte as sent (escapes included), and moves the reader to its last token.</summary>
    internal static class FregRawJson
    {
        private const int MaxKeptBuffer = 64 * 1024;

        [global::System.ThreadStatic]
        private static byte[]? _buffer;

        public static byte[] Copy(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case global::System.Text.Json.JsonTokenType.StartObject:
                case global::System.Text.Json.JsonTokenType.StartArray:
                    return CopyContainer(ref reader);
                case global::System.Text.Json.JsonTokenType.String:
                    var length = Length(ref reader);
                    var text = new byte[length + 2];
                    text[0] = (byte)'"';
                    CopyValue(ref reader, global::System.MemoryExtensions.AsSpan(text, 1));
                    text[length + 1] = (byte)'"';
                    return text;
                default:
                    var token = new byte[Length(ref reader)];
                    CopyValue(ref reader, token);
                    return token;
            }
        }

        private static byte[] CopyContainer(ref global::System.Text.Json.Utf8JsonReader reader)
        {
            var buffer = _buffer ??= new byte[256];
            var written = 0;
            var depth = reader.CurrentDepth;
            var separate = false;
            do
            {
                var token = reader.TokenType;
                if (token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray)
                {
                    Append(ref buffer, ref written, token == global::System.Text.Json.JsonTokenType.EndObject ? (byte)'}' : (byte)']');
                    separate = true;
                    continue;
                }

                if (separate)
                {
                    Append(ref buffer, ref written, (byte)',');
                }

                switch (token)
                {
                    case global::System.Text.Json.JsonTokenType.StartObject:
                    case global::System.Text.Json.JsonTokenType.StartArray:
                        Append(ref buffer, ref written, token == global::System.Text.Json.JsonTokenType.StartObject ? (byte)'{' : (byte)'[');
                        separate = false;
                        break;
                    case global::System.Text.Json.JsonTokenType.PropertyName:
                        Append(ref buffer, ref written, (byte)'"');
                        AppendValue(ref reader, ref buffer, ref written);
                        Append(ref buffer, ref written, (byte)'"');
                        Append(ref buffer, ref written, (byte)':');
                        separate = false;
                        break;
                    case global::System.Text.Json.JsonTokenType.String:
                        Append(ref buffer, ref written, (byte)'"');
                        AppendValue(ref reader, ref buffer, ref written);
                        Append(ref buffer, ref written, (byte)'"');
                        separate = true;
                        break;
                    default:
                        AppendValue(ref reader, ref buffer, ref written);
                        separate = true;
                        break;
                }
            }
            while (!(reader.CurrentDepth == depth && IsEnd(reader.TokenType)) && reader.Read());

            // A buffer grown for an unusually large value is not kept for the thread's lifetime.
            _buffer = buffer.Length <= MaxKeptBuffer ? buffer : null;
            return global::System.MemoryExtensions.AsSpan(buffer, 0, written).ToArray();
        }

        private static bool IsEnd(global::System.Text.Json.JsonTokenType token)
            => token is global::System.Text.Json.JsonTokenType.EndObject or global::System.Text.Json.JsonTokenType.EndArray;

        private static int Length(ref global::System.Text.Json.Utf8JsonReader reader)
            => reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;

        private static void CopyValue(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Span<byte> destination)
        {
            if (reader.HasValueSequence)
            {
                global::System.Buffers.BuffersExtensions.CopyTo(reader.ValueSequence, destination);
            }
            else
            {
                reader.ValueSpan.CopyTo(destination);
            }
        }

        private static void AppendValue(ref global::System.Text.Json.Utf8JsonReader reader, ref byte[] buffer, ref int written)
        {
            var length = Length(ref reader);
            Ensure(ref buffer, written + length);
            CopyValue(ref reader, global::System.MemoryExtensions.AsSpan(buffer, written, length));
            written += length;
        }

        private static void Append(ref byte[] buffer, ref int written, byte value)
        {
            Ensure(ref buffer, written + 1);
            buffer[written++] = value;
        }

        private static void Ensure(ref byte[] buffer, int size)
        {
            if (size > buffer.Length)
            {
                global::System.Array.Resize(ref buffer, global::System.Math.Max(size, buffer.Length * 2));
            }
        }
    }

    /// <summary>
    /// JSON metadata for lists of a generated model (a stored feed page as <c>List&lt;LagretHendelseMedDokumentIdentifikatorer&gt;</c>),
    /// read and written with the model's own converter: List&lt;T&gt;, T[], IReadOnlyList&lt;T&gt;, IList&lt;T&gt;, IEnumerable&lt;T&gt;.
    /// </summary>
    internal static class FregJsonLists
    {
        /// <summary>The item type when <paramref name="type"/> is an array or a generic type of one argument; null otherwise.</summary>
        public static global::System.Type? ItemType(global::System.Type type)
            => type.IsArray ? type.GetElementType() : type.IsGenericType && type.GenericTypeArguments.Length == 1 ? type.GenericTypeArguments[0] : null;

        public static global::System.Text.Json.Serialization.Metadata.JsonTypeInfo? Create<T>(global::System.Type type, global::System.Text.Json.JsonSerializerOptions options, FregJsonReadFunc<T?> read, FregJsonWriteAction<T> write)
            where T : class
        {
            return type == typeof(global::System.Collections.Generic.List<T>) ? Info<global::System.Collections.Generic.List<T>>(static items => items)
                : type == typeof(T[]) ? Info<T[]>(static items => items.ToArray())
                : type == typeof(global::System.Collections.Generic.IReadOnlyList<T>) ? Info<global::System.Collections.Generic.IReadOnlyList<T>>(static items => items)
                : type == typeof(global::System.Collections.Generic.IList<T>) ? Info<global::System.Collections.Generic.IList<T>>(static items => items)
                : type == typeof(global::System.Collections.Generic.IEnumerable<T>) ? Info<global::System.Collections.Generic.IEnumerable<T>>(static items => items)
                : null;

            global::System.Text.Json.Serialization.Metadata.JsonTypeInfo Info<TList>(global::System.Func<global::System.Collections.Generic.List<T>, TList> create)
                where TList : global::System.Collections.Generic.IEnumerable<T>
                => global::System.Text.Json.Serialization.Metadata.JsonMetadataServices.CreateValueInfo<TList>(options, new FregListJsonConverter<TList, T>(read, write, create));
        }
    }

    /// <summary>Reads and writes a JSON array of a generated model with the model's converter; <c>null</c> items are dropped.</summary>
    internal sealed class FregListJsonConverter<TList, T> : global::System.Text.Json.Serialization.JsonConverter<TList>
        where TList : global::System.Collections.Generic.IEnumerable<T>
        where T : class
    {
        private readonly FregJsonReadFunc<T?> _read;
        private readonly FregJsonWriteAction<T> _write;
        private readonly global::System.Func<global::System.Collections.Generic.List<T>, TList> _create;

        public FregListJsonConverter(FregJsonReadFunc<T?> read, FregJsonWriteAction<T> write, global::System.Func<global::System.Collections.Generic.List<T>, TList> create)
        {
            _read = read;
            _write = write;
            _create = create;
        }

        public override TList? Read(ref global::System.Text.Json.Utf8JsonReader reader, global::System.Type typeToConvert, global::System.Text.Json.JsonSerializerOptions options)
        {
            if (reader.TokenType == global::System.Text.Json.JsonTokenType.Null)
            {
                return default;
            }

            if (reader.TokenType != global::System.Text.Json.JsonTokenType.StartArray)
            {
                throw FregJsonRead.Unexpected(ref reader, "an array");
            }

            var items = new global::System.Collections.Generic.List<T>();
            while (reader.Read() && reader.TokenType != global::System.Text.Json.JsonTokenType.EndArray)
            {
                if (_read(ref reader) is { } item)
                {
                    items.Add(item);
                }
            }

            return _create(items);
        }

        public override void Write(global::System.Text.Json.Utf8JsonWriter writer, TList value, global::System.Text.Json.JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                _write(writer, item);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>
    /// Writers the generated converters share. A property writer takes exactly one value type and has one overload, so
    /// the compiler binds each generated call without weighing Utf8JsonWriter's many WriteString/WriteNumber overloads.
    /// </summary>
    internal static class FregJsonWrite
    {
        public static void Name(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name) => writer.WritePropertyName(name);

        public static void String(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, string value) => writer.WriteString(name, value);

        public static void Int32(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, int value) => writer.WriteNumber(name, value);

        public static void Int64(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, long value) => writer.WriteNumber(name, value);

        public static void Double(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, double value) => writer.WriteNumber(name, value);

        public static void Boolean(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, bool value) => writer.WriteBoolean(name, value);

        public static void DateTime(global::System.Text.Json.Utf8JsonWriter writer, global::System.ReadOnlySpan<byte> name, global::System.DateTimeOffset value) => writer.WriteString(name, value);

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
            if (unknown is null || (unknown is FregUnknownProperties asRead && asRead.TryWriteAsRead(writer)))
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
