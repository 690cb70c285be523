using System.Text;

namespace Triangulate.Reports.Export;

/// <summary>
/// RFC 4180 CSV: fields separated by commas, records ended by CRLF, a field quoted when it holds a comma,
/// a double quote, CR or LF (its quotes doubled). <see cref="Parse"/> reads the same grammar back strictly,
/// so the exports' round-trip tests use a parser that rejects what a spreadsheet would misread.
/// </summary>
public static class Csv
{
    /// <summary>Writes one record; a null field is written empty.</summary>
    public static void WriteRecord(TextWriter writer, IReadOnlyList<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(fields);
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Escape(fields[i]));
        }

        writer.Write("\r\n");
    }

    /// <summary>The field as RFC 4180 writes it: quoted (quotes doubled) only when it must be.</summary>
    public static string Escape(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }

        return field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }

    /// <summary>
    /// Every record of an RFC 4180 text. A quote inside an unquoted field, text after a closing quote or an
    /// unterminated quoted field is a <see cref="FormatException"/> naming the record. A final record
    /// without its CRLF is accepted; bare LF also ends a record (files edited on Unix).
    /// </summary>
    public static List<string[]> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            i = text[i] == '"' ? ReadQuoted(text, i, field, records.Count + 1) : ReadPlain(text, i, field, records.Count + 1);
            record.Add(field.ToString());
            field.Clear();
            if (i >= text.Length)
            {
                break;
            }

            if (text[i] == ',')
            {
                i++;
                if (i == text.Length)
                {
                    record.Add("");
                }

                continue;
            }

            // End of record: CRLF or LF.
            i += text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
            records.Add([.. record]);
            record.Clear();
        }

        if (record.Count > 0)
        {
            records.Add([.. record]);
        }

        return records;
    }

    private static int ReadQuoted(string text, int start, StringBuilder field, int recordNumber)
    {
        var i = start + 1;
        while (true)
        {
            var quote = text.IndexOf('"', i);
            if (quote < 0)
            {
                throw new FormatException($"record {recordNumber}: a quoted field is never closed.");
            }

            field.Append(text, i, quote - i);
            if (quote + 1 < text.Length && text[quote + 1] == '"')
            {
                field.Append('"');
                i = quote + 2;
                continue;
            }

            i = quote + 1;
            if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
            {
                throw new FormatException($"record {recordNumber}: text after a closing quote.");
            }

            return i;
        }
    }

    private static int ReadPlain(string text, int start, StringBuilder field, int recordNumber)
    {
        var end = text.AsSpan(start).IndexOfAny(",\r\n\"");
        end = end < 0 ? text.Length : start + end;
        if (end < text.Length && text[end] == '"')
        {
            throw new FormatException($"record {recordNumber}: a quote inside an unquoted field.");
        }

        if (end < text.Length && text[end] == '\r' && (end + 1 >= text.Length || text[end + 1] != '\n'))
        {
            throw new FormatException($"record {recordNumber}: a bare CR outside quotes.");
        }

        field.Append(text, start, end - start);
        return end;
    }
}
