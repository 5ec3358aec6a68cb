using System;
using System.Globalization;
using System.Text;

namespace FregGen.Catalogue.Nodes;

/// <summary>
/// A strict JSON parser (RFC 8259) into <see cref="CatalogueNode"/>s, with the positions SharpYaml gives the same nodes:
/// 0-based line and column of a value's first character (<c>{</c>, <c>[</c>, the opening quote). Scalars keep their text
/// as SharpYaml does: <c>2</c>, <c>true</c> and <c>null</c> are the texts "2", "true" and "null". It reads the embedded
/// catalogue without SharpYaml (no YAML parser to load and JIT in the compiler), and nothing else.
/// </summary>
internal sealed class CatalogueJson
{
    private const int MaxDepth = 64;

    private readonly string _text;
    private int _index;
    private int _line;
    private int _lineStart;

    private CatalogueJson(string text) => _text = text;

    /// <exception cref="CatalogueJsonException">The text is not one JSON value.</exception>
    public static CatalogueNode Parse(string text)
    {
        var parser = new CatalogueJson(text);
        if (parser._text.Length > 0 && parser._text[0] == '\uFEFF')
        {
            parser._index = 1;
            parser._lineStart = 1;
        }

        parser.SkipWhitespace();
        var root = parser.Value(0);
        parser.SkipWhitespace();
        if (parser._index < parser._text.Length)
        {
            throw parser.Error("Unexpected '" + parser._text[parser._index] + "' after the JSON value.");
        }

        return root;
    }

    private CatalogueNode Value(int depth)
    {
        if (_index >= _text.Length)
        {
            throw Error("The JSON ends where a value was expected.");
        }

        if (depth > MaxDepth)
        {
            throw Error("The JSON nests deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels.");
        }

        return _text[_index] switch
        {
            '{' => Object(depth),
            '[' => Array(depth),
            '"' => StringNode(),
            _ => Literal(),
        };
    }

    private CatalogueMapping Object(int depth)
    {
        var mapping = new CatalogueMapping(_line, Column);
        _index++;
        SkipWhitespace();
        if (Peek('}'))
        {
            _index++;
            return mapping;
        }

        while (true)
        {
            SkipWhitespace();
            if (!Peek('"'))
            {
                throw Error("An object's key must be a string.");
            }

            var key = StringNode();
            SkipWhitespace();
            Expect(':');
            SkipWhitespace();
            var value = Value(depth + 1);
            if (!mapping.Add(key, value))
            {
                throw new CatalogueJsonException("The key '" + key.Value + "' appears twice in one object.", key.Line, key.Column);
            }

            SkipWhitespace();
            if (Peek(','))
            {
                _index++;
                continue;
            }

            Expect('}');
            return mapping;
        }
    }

    private CatalogueSequence Array(int depth)
    {
        var sequence = new CatalogueSequence(_line, Column);
        _index++;
        SkipWhitespace();
        if (Peek(']'))
        {
            _index++;
            return sequence;
        }

        while (true)
        {
            SkipWhitespace();
            sequence.Add(Value(depth + 1));
            SkipWhitespace();
            if (Peek(','))
            {
                _index++;
                continue;
            }

            Expect(']');
            return sequence;
        }
    }

    private CatalogueScalar StringNode()
    {
        var (line, column) = (_line, Column);
        return new CatalogueScalar(String(), line, column);
    }

    private string String()
    {
        _index++;
        var builder = new StringBuilder();
        var runStart = _index;
        while (true)
        {
            if (_index >= _text.Length)
            {
                throw Error("A string is not closed.");
            }

            var c = _text[_index];
            if (c == '"')
            {
                builder.Append(_text, runStart, _index - runStart);
                _index++;
                return builder.ToString();
            }

            if (c < 0x20)
            {
                throw Error("A string holds a control character; write it as an escape (\\n, \\u0009).");
            }

            if (c != '\\')
            {
                _index++;
                continue;
            }

            builder.Append(_text, runStart, _index - runStart);
            _index++;
            if (_index >= _text.Length)
            {
                throw Error("A string is not closed.");
            }

            var escape = _text[_index++];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (_index + 4 > _text.Length || !int.TryParse(_text.Substring(_index, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
                    {
                        throw Error("'\\u' must be followed by four hexadecimal digits.");
                    }

                    builder.Append((char)code);
                    _index += 4;
                    break;
                default:
                    _index -= 2;
                    throw Error("'\\" + escape + "' is not a JSON escape.");
            }

            runStart = _index;
        }
    }

    /// <summary>A number, <c>true</c>, <c>false</c> or <c>null</c>, kept as written.</summary>
    private CatalogueScalar Literal()
    {
        var start = _index;
        var column = Column;
        foreach (var word in new[] { "true", "false", "null" })
        {
            if (string.CompareOrdinal(_text, _index, word, 0, word.Length) == 0)
            {
                _index += word.Length;
                EndOfLiteral();
                return new CatalogueScalar(word, _line, column);
            }
        }

        if (Peek('-'))
        {
            _index++;
        }

        if (Peek('0'))
        {
            _index++;
        }
        else if (!Digits())
        {
            _index = start;
            throw Error("Unexpected '" + _text[start] + "': a JSON value is an object, an array, a string, a number, true, false or null.");
        }

        if (Peek('.'))
        {
            _index++;
            if (!Digits())
            {
                throw Error("A number's '.' must be followed by digits.");
            }
        }

        if (Peek('e') || Peek('E'))
        {
            _index++;
            if (Peek('+') || Peek('-'))
            {
                _index++;
            }

            if (!Digits())
            {
                throw Error("A number's exponent must have digits.");
            }
        }

        EndOfLiteral();
        return new CatalogueScalar(_text.Substring(start, _index - start), _line, column);
    }

    private void EndOfLiteral()
    {
        if (_index < _text.Length && (char.IsLetterOrDigit(_text[_index]) || _text[_index] is '_' or '.' or '-' or '+'))
        {
            throw Error("Unexpected '" + _text[_index] + "' in a value.");
        }
    }

    private bool Digits()
    {
        var start = _index;
        while (_index < _text.Length && _text[_index] is >= '0' and <= '9')
        {
            _index++;
        }

        return _index > start;
    }

    private void SkipWhitespace()
    {
        while (_index < _text.Length)
        {
            switch (_text[_index])
            {
                case ' ':
                case '\t':
                case '\r':
                    _index++;
                    break;
                case '\n':
                    _index++;
                    _line++;
                    _lineStart = _index;
                    break;
                default:
                    return;
            }
        }
    }

    private bool Peek(char c) => _index < _text.Length && _text[_index] == c;

    private void Expect(char c)
    {
        if (!Peek(c))
        {
            throw Error(_index < _text.Length ? "Expected '" + c + "', not '" + _text[_index] + "'." : "The JSON ends where '" + c + "' was expected.");
        }

        _index++;
    }

    private int Column => _index - _lineStart;

    private CatalogueJsonException Error(string message) => new(message, _line, Column);
}

/// <summary>Where and why a text is not JSON, with a 0-based line and column.</summary>
internal sealed class CatalogueJsonException : Exception
{
    public CatalogueJsonException(string message, int line, int column)
        : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }
}
