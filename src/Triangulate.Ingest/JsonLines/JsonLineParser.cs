using System.Globalization;
using System.Text.Json;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// Parses one JSON Lines record straight from UTF-8 with <see cref="Utf8JsonReader"/>: only the fields of
/// <see cref="JsonLineFields"/> are materialised; the rest (topics, places, nested objects) are skipped, and
/// their names are added to <c>unknown</c> the first time they are seen, so the reader can say once per file
/// which fields it did not read.
/// </summary>
internal static class JsonLineParser
{
    /// <summary>Longest property name looked up; longer ones are unknown by definition.</summary>
    private const int MaxNameChars = 64;

    public static JsonLineRecord Parse(ReadOnlySpan<byte> line, HashSet<string> unknown)
    {
        var record = new JsonLineRecord();
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                record.Error = "the line is not a JSON object";
                return record;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var known = Field(ref reader, unknown);
                reader.Read();
                if (known is not { } field)
                {
                    reader.Skip();
                    continue;
                }

                if (!TryReadValue(ref reader, field.Field, out var value))
                {
                    // "text" and "html" under their own names must be strings; a body under another name that
                    // is not one (an object, a list) is simply not the body.
                    if (field.Field is JsonLineField.Text or JsonLineField.Html && field.Rank == 0)
                    {
                        record.Error = $"\"{(field.Field == JsonLineField.Text ? "text" : "html")}\" must be a string";
                        return record;
                    }

                    continue;
                }

                record.Set(field.Field, field.Rank, value);
            }

            if (reader.Read())
            {
                record.Error = "unexpected data after the JSON object";
            }
        }
        catch (JsonException ex)
        {
            record.Error = $"invalid JSON: {ex.Message}";
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString throws this for strings that are not valid UTF-8.
            record.Error = $"invalid string: {ex.Message}";
        }

        if (record.Error is null && record.Text is null && record.Html is null)
        {
            record.Error = "the record has neither \"text\" nor \"html\" (nor another name for them: body, content, …)";
        }

        record.TextLooksLikeHtml = record.Text is { } text && record.RankOf(JsonLineField.Text) > 0 && LooksLikeHtml(text);
        return record;
    }

    private static (JsonLineField Field, int Rank)? Field(ref Utf8JsonReader reader, HashSet<string> unknown)
    {
        var length = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (length > MaxNameChars * 3)
        {
            return null;
        }

        Span<char> buffer = stackalloc char[MaxNameChars * 3];
        var name = buffer[..reader.CopyString(buffer)];
        if (JsonLineFields.Lookup.TryGetValue(name, out var field))
        {
            return field;
        }

        var seen = unknown.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!seen.Contains(name))
        {
            unknown.Add(name.ToString());
        }

        return null;
    }

    /// <summary>A string; for the byline also a list of names (news-please "authors"), for the outlet an object's
    /// "name" (NewsAPI "source"), for the date a Unix time in seconds or milliseconds.</summary>
    private static bool TryReadValue(ref Utf8JsonReader reader, JsonLineField field, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                return true;
            case JsonTokenType.StartArray when field == JsonLineField.Byline:
                value = JoinStrings(ref reader);
                return true;
            case JsonTokenType.StartObject when field == JsonLineField.Outlet:
                value = NameOf(ref reader);
                return true;
            case JsonTokenType.Number when field == JsonLineField.Published && reader.TryGetInt64(out var unix):
                value = FromUnix(unix);
                return value is not null;
            default:
                reader.Skip();
                return false;
        }
    }

    private static string? JoinStrings(ref Utf8JsonReader reader)
    {
        var names = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: > 0 } name)
            {
                names.Add(name.Trim());
            }
            else
            {
                reader.Skip();
            }
        }

        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? NameOf(ref Utf8JsonReader reader)
    {
        string? name = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isName = reader.ValueTextEquals("name"u8);
            reader.Read();
            if (isName && reader.TokenType == JsonTokenType.String)
            {
                name = reader.GetString();
            }
            else
            {
                reader.Skip();
            }
        }

        return name;
    }

    /// <summary>Seconds since 1970, or milliseconds when the number is too large to be seconds (after year 5138).</summary>
    private static string? FromUnix(long value)
    {
        try
        {
            var instant = value > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(value) : DateTimeOffset.FromUnixTimeSeconds(value);
            return instant.ToString("O", CultureInfo.InvariantCulture);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static bool LooksLikeHtml(string text)
    {
        var head = text.AsSpan().TrimStart();
        return head.Length > 0 && head[0] == '<' && text.Contains("</", StringComparison.Ordinal);
    }
}
