using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Triangulate.Quality.Timex;

/// <summary>One TimeML file: its id, creation date, tag-stripped TEXT and the gold TIMEX3s with offsets in that text.</summary>
public sealed record TimeMlDocument(string DocId, DateOnly CreationDate, string Text, IReadOnlyList<TimeMlTimex> Timexes)
{
    private static readonly Regex DocIdRegex = new("<DOCID>\\s*(.*?)\\s*</DOCID>", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
    private static readonly Regex DctRegex = new("<DCT>.*?value=\"(\\d{4}-\\d{2}-\\d{2})", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
    private static readonly Regex AttributeRegex = new("(\\w+)=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(5));

    public static TimeMlDocument Load(string path)
    {
        var xml = File.ReadAllText(path);
        var docId = DocIdRegex.Match(xml).Groups[1].Value;
        var dct = DateOnly.ParseExact(DctRegex.Match(xml).Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var start = xml.IndexOf("<TEXT>", StringComparison.Ordinal) + "<TEXT>".Length;
        var end = xml.IndexOf("</TEXT>", start, StringComparison.Ordinal);
        var (text, timexes) = Strip(xml.AsSpan(start, end - start));
        return new TimeMlDocument(docId, dct, text, timexes);
    }

    /// <summary>Removes all tags and decodes entities, recording where each TIMEX3 lands in the stripped text.</summary>
    private static (string Text, List<TimeMlTimex> Timexes) Strip(ReadOnlySpan<char> body)
    {
        var sb = new StringBuilder(body.Length);
        var timexes = new List<TimeMlTimex>();
        var openStart = -1;
        Dictionary<string, string>? attrs = null;
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '<')
            {
                var close = body[i..].IndexOf('>') + i;
                var tag = body[(i + 1)..close].ToString();
                if (tag.StartsWith("TIMEX3", StringComparison.Ordinal))
                {
                    openStart = sb.Length;
                    attrs = AttributeRegex.Matches(tag).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                }
                else if (tag == "/TIMEX3" && attrs is not null)
                {
                    timexes.Add(new TimeMlTimex(openStart, sb.Length, attrs.GetValueOrDefault("type", ""), attrs.GetValueOrDefault("value")));
                    attrs = null;
                }

                i = close;
            }
            else if (c == '&')
            {
                var semi = body[i..].IndexOf(';') + i;
                var entity = body[(i + 1)..semi].ToString();
                sb.Append(entity switch { "amp" => '&', "lt" => '<', "gt" => '>', "quot" => '"', "apos" => '\'', _ => '?' });
                i = semi;
            }
            else
            {
                sb.Append(c);
            }
        }

        return (sb.ToString(), timexes);
    }
}
