using System.Globalization;
using System.Text.RegularExpressions;
using Triangulate.Reports.Export;

namespace Triangulate.TestKit;

/// <summary>
/// Resolves the links of an exported Markdown brief as a reader would: every <c>](#id)</c> must reach an
/// <c>&lt;a id="id"&gt;</c>, and every source entry must name an article anchor and a span whose characters
/// in that article's text are the words it quotes.
/// </summary>
public static partial class MarkdownCitationCheck
{
    [GeneratedRegex("""\]\(#([A-Za-z0-9_-]+)\)""")]
    private static partial Regex LocalLink();

    [GeneratedRegex("""<a id="([^"]+)"></a>""")]
    private static partial Regex Anchor();

    [GeneratedRegex("""^<a id="cite-(\d+)"></a>.*\]\(#article-([A-Za-z0-9_-]+)\), characters (\d+)–(\d+): “(.*)”$""")]
    private static partial Regex SourceEntry();

    /// <summary>The resolved citations (number → article id, start, length), or an exception naming the first broken one.</summary>
    public static Dictionary<int, (string ArticleId, int Start, int Length)> Resolve(string markdown, IReadOnlyDictionary<string, string> articleTexts)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(articleTexts);
        var anchors = Anchor().Matches(markdown).Select(m => m.Groups[1].Value).ToList();
        Xunit.Assert.Equal(anchors.Count, anchors.Distinct(StringComparer.Ordinal).Count());
        var known = anchors.ToHashSet(StringComparer.Ordinal);
        foreach (Match link in LocalLink().Matches(markdown))
        {
            Xunit.Assert.True(known.Contains(link.Groups[1].Value), $"link to #{link.Groups[1].Value} has no anchor");
        }

        var articleByAnchor = articleTexts.ToDictionary(kv => Md.Anchor("article", kv.Key)["article-".Length..], kv => kv.Key, StringComparer.Ordinal);
        var resolved = new Dictionary<int, (string, int, int)>();
        foreach (var line in markdown.Split('\n'))
        {
            if (!line.StartsWith("<a id=\"cite-", StringComparison.Ordinal))
            {
                continue;
            }

            var m = SourceEntry().Match(line.TrimEnd('\r'));
            Xunit.Assert.True(m.Success, $"source entry not in the documented form: {line}");
            var id = articleByAnchor[m.Groups[2].Value];
            var start = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var end = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
            var text = articleTexts[id];
            Xunit.Assert.True(end <= text.Length, $"citation {m.Groups[1].Value} ends past its article");

            // The quoted words are the span, as a renderer shows them (escapes undone, line breaks as spaces).
            var span = text[start..end].Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal).Replace("\t", " ", StringComparison.Ordinal);
            Xunit.Assert.Equal(span, Md.Unescape(m.Groups[5].Value));
            resolved[int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)] = (id, start, end - start);
        }

        return resolved;
    }
}
