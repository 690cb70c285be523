namespace Triangulate.Extraction.Html;

/// <summary>
/// Picks the element that holds the article: paragraphs vote for their nearest ancestors (full weight
/// for the parent, less further up), votes are scaled by how little of the candidate is link text,
/// class/id hints nudge, and siblings that read like more of the same article are merged in.
/// </summary>
internal static partial class ContentScorer
{
    /// <summary>A microdata articleBody with less paragraph text than this (non-space chars) is a teaser, not the body.</summary>
    private const int MinDeclaredText = 200;

    /// <summary>
    /// Paragraph text (non-space chars) a candidate needs to be the top, unless no candidate holds four
    /// times as much: 200, a short paragraph. A small box with an article-like class ("polltext",
    /// "story-teaser") otherwise outscores the plain cell that holds the story. Anything in 150-400 and
    /// a share of 1/3-1/6 scores the same on both dev splits.
    /// </summary>
    private const int MinTopText = 200;

    /// <summary>
    /// Text (non-space chars) a sibling block needs to join the top on its score: 100, about one long
    /// sentence. On both dev splits the merged siblings under 100 chars were title, date and byline rows.
    /// </summary>
    private const int MinSiblingText = 100;

    /// <summary>The chosen elements (node indices) in document order; empty when nothing scored.</summary>
    /// <param name="model">The page.</param>
    /// <param name="headline">Node index of the headline (<see cref="Headline.Find"/>); -1 when unknown.</param>
    public static List<int> Choose(PageModel model, int headline = -1)
    {
        var nodes = model.Nodes;
        Vote(nodes);
        Headline.Weigh(model, headline);
        var top = Best(nodes);
        if (top < 0)
        {
            return [];
        }

        top = Climb(nodes, top);
        var chosen = WithSiblings(model, top);
        return DeclaredBody(model, chosen) ?? chosen;
    }

    /// <summary>
    /// The elements the publisher marked itemprop="articleBody", when they hold a fair share of what
    /// scoring found: schema.org microdata is a declaration, scoring only an estimate. Nested marks are
    /// merged into the outermost.
    /// </summary>
    private static List<int>? DeclaredBody(PageModel model, List<int> chosen)
    {
        var nodes = model.Nodes;
        List<int>? declared = null;
        var declaredText = 0;
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Removed || !string.Equals(n.Element.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (declared is not null && IsInside(nodes, i, declared[^1]))
            {
                continue;
            }

            (declared ??= []).Add(i);
            declaredText += n.ParagraphText;
        }

        if (declared is null || declaredText < MinDeclaredText)
        {
            return null;
        }

        var chosenText = 0;
        foreach (var c in chosen)
        {
            chosenText += nodes[c].ParagraphText;
        }

        return declaredText * 2 >= chosenText ? declared : null;
    }

    private static bool IsInside(List<PageNode> nodes, int node, int ancestor)
    {
        for (var p = nodes[node].Parent; p >= 0; p = nodes[p].Parent)
        {
            if (p == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The vote of one paragraph: 1, plus one per comma, plus one per 100 chars up to 3.</summary>
    public static double Vote(int chars, int commas) => 1.0 + commas + Math.Min(chars / 100.0, 3.0);

    private static void Vote(List<PageNode> nodes)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            var n = nodes[i];
            if (n.Removed)
            {
                continue;
            }

            double score;
            int target;
            if (TextBlocks.IsParagraphTag(n.Tag))
            {
                if (n.Text < TextBlocks.MinParagraphChars || n.LinkDensity > 0.5)
                {
                    continue;
                }

                score = Vote(n.Text, n.Commas);
                target = n.Parent;
            }
            else if (n.OwnRunScore > 0 && !n.InLink && n.Tag is not ("li" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6") && n.LinkDensity <= 0.5)
            {
                // Text sitting directly in a div or td, between <br>s: each run votes, for the element itself.
                score = n.OwnRunScore;
                target = i;
                while (target >= 0 && !TextBlocks.IsBlockTag(nodes[target].Tag))
                {
                    target = nodes[target].Parent;
                }
            }
            else
            {
                continue;
            }

            for (var level = 0; level < 3 && target >= 0; level++)
            {
                var c = nodes[target];
                if (!c.IsCandidate)
                {
                    c.IsCandidate = true;
                    c.Score = InitialScore(c);
                }

                c.Score += score / (level + 1);
                target = c.Parent;
            }
        }

        foreach (var n in nodes)
        {
            if (n.IsCandidate)
            {
                n.Score *= 1 - n.LinkDensity;
            }
        }
    }

    private static double InitialScore(PageNode n)
    {
        var tagScore = n.Tag switch
        {
            "div" or "article" or "main" or "section" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        return tagScore + n.ClassWeight;
    }

    private static int Best(List<PageNode> nodes)
    {
        var most = 0;
        foreach (var n in nodes)
        {
            if (n.IsCandidate && !n.Removed && n.LinkDensity < 0.3 && n.ParagraphText > most)
            {
                most = n.ParagraphText;
            }
        }

        var floor = Math.Min(MinTopText, most / 4);
        var best = -1;
        for (var i = 0; i < nodes.Count; i++)
        {
            if (nodes[i].IsCandidate && !nodes[i].Removed && nodes[i].ParagraphText >= floor && (best < 0 || nodes[i].Score > nodes[best].Score))
            {
                best = i;
            }
        }

        return best;
    }

    /// <summary>
    /// Moves up while the parent holds clearly more of the page's paragraph text: an article split into
    /// several sibling containers (text, inline box, more text) is then taken whole.
    /// </summary>
    private static int Climb(List<PageNode> nodes, int top)
    {
        while (true)
        {
            var n = nodes[top];
            if (n.Parent < 0 || n.Tag is "body")
            {
                return top;
            }

            var parent = nodes[n.Parent];
            if (parent.Tag is "body" or "html")
            {
                return top;
            }

            var onlyChild = parent.Text <= n.Text + 10;
            // A short chosen block whose parent holds twice its text, nearly link-free, is one row or
            // cell of an article laid out in a table: the parent is the article.
            var gains = (parent.ParagraphText > n.ParagraphText * 1.3 && parent.LinkDensity < 0.25
                    && parent.ParagraphText - n.ParagraphText > 400 && ParentIsArticleLike(parent, n))
                || (n.ParagraphText < 1000 && parent.ParagraphText >= n.ParagraphText * 2 && parent.LinkDensity < 0.1 && ParentIsArticleLike(parent, n));
            // Cells side by side in one row are page columns, not parts of one article.
            if (!onlyChild && n.Tag is "td" or "th" && parent.Tag is "tr")
            {
                return top;
            }

            if (!onlyChild && !gains)
            {
                return top;
            }

            top = n.Parent;
        }
    }

    private static bool ParentIsArticleLike(PageNode parent, PageNode child) =>
        (double)parent.ParagraphText / Math.Max(1, parent.Text) > 0.6 && parent.ClassWeight >= child.ClassWeight - 25;
}
