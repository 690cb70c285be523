using System.Globalization;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Quotes;

/// <summary>
/// Reads a PolNeAR split (../shared/data/quotes/polnear/&lt;split&gt;): BRAT standoff, one .ann per
/// annotator; the annotator id that sorts first is the gold, as SOURCE.md prescribes. Spans are read
/// by offsets only (the surface column may be broken by line breaks in the text).
/// </summary>
public static class PolnearCorpus
{
    public static List<PolnearArticle> Load(string polnearRoot, string split)
    {
        var textDir = Path.Combine(polnearRoot, split, "text");
        var annDir = Path.Combine(polnearRoot, split, "attributions");
        var annByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var ann in Directory.GetFiles(annDir, "*.ann").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(ann);
            var stem = name[..name.LastIndexOf('_')];
            annByStem.TryAdd(stem, ann); // ordinal order: the first annotator id wins
        }

        var articles = new List<PolnearArticle>();
        foreach (var txt in Directory.GetFiles(textDir, "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileNameWithoutExtension(txt);
            var text = File.ReadAllText(txt);
            var attributions = annByStem.TryGetValue(stem, out var ann) ? ParseAnn(File.ReadAllLines(ann), text) : [];
            articles.Add(new PolnearArticle(stem, text, attributions));
        }

        return articles;
    }

    public static List<PolnearAttribution> ParseAnn(IEnumerable<string> lines, string text)
    {
        var spans = new Dictionary<string, List<TextSpan>>(StringComparer.Ordinal);
        var events = new List<string>();
        foreach (var line in lines)
        {
            if (line.StartsWith('T'))
            {
                var cols = line.Split('\t');
                if (cols.Length < 2)
                {
                    continue;
                }

                var head = cols[1];
                int space = head.IndexOf(' ');
                if (space < 0)
                {
                    continue;
                }

                var fragments = new List<TextSpan>();
                foreach (var frag in head[(space + 1)..].Split(';'))
                {
                    var se = frag.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    if (se.Length == 2 && int.TryParse(se[0], CultureInfo.InvariantCulture, out int s) && int.TryParse(se[1], CultureInfo.InvariantCulture, out int e) && e <= text.Length)
                    {
                        fragments.Add(TextSpan.FromBounds(s, e));
                    }
                }

                spans[cols[0]] = fragments;
            }
            else if (line.StartsWith('E'))
            {
                events.Add(line);
            }
        }

        var result = new List<PolnearAttribution>();
        foreach (var ev in events)
        {
            var cols = ev.Split('\t');
            if (cols.Length < 2)
            {
                continue;
            }

            List<TextSpan> content = [], cue = [], source = [];
            foreach (var role in cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int colon = role.IndexOf(':');
                if (colon < 0 || !spans.TryGetValue(role[(colon + 1)..], out var frags))
                {
                    continue;
                }

                switch (role[..colon])
                {
                    case "Content": content = frags; break;
                    case "Cue": cue = frags; break;
                    case "Source": source = frags; break;
                }
            }

            if (content.Count > 0)
            {
                result.Add(new PolnearAttribution(content, cue, source, IsQuoted(text, content)));
            }
        }

        return result;
    }

    /// <summary>Direct = the whole content is inside quotation marks: it opens with one and closes with one.</summary>
    public static bool IsQuoted(string text, IReadOnlyList<TextSpan> content)
    {
        var first = text.AsSpan(content[0].Start, content[0].Length).Trim();
        var last = text.AsSpan(content[^1].Start, content[^1].Length).TrimEnd();
        return first.Length > 1 && last.Length > 1 && IsDoubleMark(first[0]) && IsDoubleMark(last[^1]);
    }

    private static bool IsDoubleMark(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u2018' or '\u2019' or '\'';
}
