using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Export;

/// <summary>Writes an <see cref="ExportTable"/> as RFC 4180 CSV (UTF-8, no BOM, header row) or JSON Lines.</summary>
public static class TableWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void WriteCsv(ExportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true);
        Csv.WriteRecord(writer, [.. table.Columns]);
        var fields = new string?[table.Columns.Count];
        foreach (var row in table.Rows)
        {
            for (var i = 0; i < row.Length; i++)
            {
                fields[i] = ExportTable.Text(row[i]);
            }

            Csv.WriteRecord(writer, fields);
        }
    }

    /// <summary>One JSON object per row; null cells are left out, lists stay arrays, evidence keeps its text.</summary>
    public static void WriteJsonLines(ExportTable table, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, JsonOptions);
        foreach (var row in table.Rows)
        {
            json.WriteStartObject();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is { } cell)
                {
                    json.WritePropertyName(table.Columns[i]);
                    WriteValue(json, cell);
                }
            }

            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
            json.Reset();
        }
    }

    private static void WriteValue(Utf8JsonWriter json, object cell)
    {
        switch (cell)
        {
            case int n:
                json.WriteNumberValue(n);
                break;
            case double d:
                json.WriteNumberValue(d);
                break;
            case IReadOnlyList<Evidence> evidence:
                json.WriteStartArray();
                foreach (var e in evidence)
                {
                    json.WriteStartObject();
                    json.WriteString("articleId", e.ArticleId);
                    json.WriteNumber("start", e.Start);
                    json.WriteNumber("length", e.Length);
                    json.WriteString("text", e.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case IReadOnlyList<string> list:
                json.WriteStartArray();
                foreach (var item in list)
                {
                    json.WriteStringValue(item);
                }

                json.WriteEndArray();
                break;
            default:
                json.WriteStringValue(ExportTable.Text(cell));
                break;
        }
    }
}
