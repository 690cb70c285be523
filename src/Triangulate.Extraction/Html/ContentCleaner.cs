using System.Text.RegularExpressions;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Decides which blocks inside the chosen article container are still furniture: link lists, the
/// headline and byline header, boxes with boilerplate names, and one-line labels such as "Advertisement".
/// </summary>
internal static partial class ContentCleaner
{
    [GeneratedRegex(@"^(advertisement|advertising|advert|ad|iklan|anzeige|publicidad|publicité|don't miss|you may also like|you might also like|more|this slideshow requires javascript|sponsored|sponsored content|story continues below|story continues below advertisement|continue reading( below)?|read more|related|related stories|related articles|more on this story|share this( article| story)?|share|tweet|email|print|click to enlarge|photo|image|video|loading\.*|subscribe|sign up|follow us|see also|also read|recommended|top stories|trending|caption|close|expand|next|previous|prev)\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    /// <summary>True when node <paramref name="index"/> should be left out of the text under <paramref name="root"/>.</summary>
    public static bool Skip(PageModel model, int index, int rootText)
    {
        var n = model.Nodes[index];
        if (n.Tag == "h1")
        {
            return true;
        }

        if (n.Text == 0)
        {
            return false;
        }

        if (n.Tag is "header" && n.ParagraphText < rootText / 3)
        {
            return true;
        }

        if (!TextBlocks.IsBlockTag(n.Tag))
        {
            // Inline elements (a link, its <u>, a <span>) are judged with the paragraph they sit in.
            return false;
        }

        // 0.6: best of 0.4-0.75 on both dev splits (ScrapingHub dev and L3S-GN1 dev); lower drops the
        // link-rich paragraphs of deal and round-up stories, higher keeps "related" lists.
        if (n.LinkDensity > 0.6)
        {
            return true;
        }

        if (n.ClassWeight < 0 && n.ParagraphText < rootText / 2 && n.Tag != "p")
        {
            return true;
        }

        if (n.Text > 40)
        {
            return false;
        }

        var label = n.Element.TextContent.Trim();
        return label.Length <= 200 && LabelRegex().IsMatch(label);
    }
}
