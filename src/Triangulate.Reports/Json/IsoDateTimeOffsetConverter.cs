using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Reports.Json;

/// <summary>
/// Writes instants as ISO 8601 with their offset, using "Z" for UTC ("2025-09-28T00:00:00Z") as the spec
/// shows, and without a fraction when there is none. Reads any ISO 8601 form System.Text.Json accepts.
/// </summary>
public sealed class IsoDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(Format(value));

    /// <summary>The ISO 8601 text of <paramref name="value"/>, as written in dossiers.</summary>
    public static string Format(DateTimeOffset value) => value.Offset == TimeSpan.Zero
        ? value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture)
        : value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture);
}
