using System.Text.Json;

namespace Triangulate.Ingest.JsonLines;

/// <summary>
/// Parses one JSON Lines record straight from UTF-8 with <see cref="Utf8JsonReader"/>: only the known
/// fields are materialised, the rest (topics, places, nested objects) are skipped without allocating.
/// </summary>
internal static class JsonLineParser
{
    public static JsonLineRecord Parse(ReadOnlySpan<byte> line)
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
                var field = Field(ref reader);
                reader.Read();
                if (field is null)
                {
                    reader.Skip();
                    continue;
                }

                if (!TryReadString(ref reader, out var value))
                {
                    if (field is "text" or "html")
                    {
                        record.Error = $"\"{field}\" must be a string";
                        return record;
                    }

                    continue;
                }

                Assign(record, field, value);
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
            record.Error = "the record has neither \"text\" nor \"html\"";
        }

        return record;
    }

    private static string? Field(ref Utf8JsonReader reader) => reader switch
    {
        _ when reader.ValueTextEquals("text"u8) => "text",
        _ when reader.ValueTextEquals("html"u8) => "html",
        _ when reader.ValueTextEquals("id"u8) => "id",
        _ when reader.ValueTextEquals("title"u8) => "title",
        _ when reader.ValueTextEquals("outlet"u8) => "outlet",
        _ when reader.ValueTextEquals("source"u8) => "source",
        _ when reader.ValueTextEquals("url"u8) => "url",
        _ when reader.ValueTextEquals("published"u8) => "published",
        _ when reader.ValueTextEquals("byline"u8) => "byline",
        _ => null,
    };

    private static bool TryReadString(ref Utf8JsonReader reader, out string? value)
    {
        value = null;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString();
                return true;
            case JsonTokenType.Null:
                return true;
            default:
                reader.Skip();
                return false;
        }
    }

    private static void Assign(JsonLineRecord record, string field, string? value)
    {
        switch (field)
        {
            case "text": record.Text = value; break;
            case "html": record.Html = value; break;
            case "id": record.Id = value; break;
            case "title": record.Title = value; break;
            case "outlet": record.Outlet = value; break;
            case "source": record.Source = value; break;
            case "url": record.Url = value; break;
            case "published": record.Published = value; break;
            case "byline": record.Byline = value; break;
        }
    }
}
