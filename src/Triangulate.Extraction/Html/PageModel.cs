using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>
/// The page's elements in document order with text statistics, built in one iterative walk (no
/// recursion, so depth cannot overflow the stack). Parents always precede their children.
/// </summary>
internal sealed class PageModel
{
    /// <summary>Paragraph text (non-space chars) above which a byline/caption/share-named block is kept: 400, about three sentences.</summary>
    private const int SmallFurnitureMaxText = 400;

    private readonly Dictionary<IElement, int> indexOf = new(ReferenceEqualityComparer.Instance);

    private PageModel()
    {
    }

    public List<PageNode> Nodes { get; } = [];

    public int IndexOf(IElement element) => indexOf.TryGetValue(element, out var i) ? i : -1;

    public static PageModel Build(IElement root, CancellationToken cancellationToken)
    {
        var model = new PageModel();
        var stack = new Stack<(INode Node, int Parent)>();
        stack.Push((root, -1));
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, parent) = stack.Pop();
            if (node is IText text)
            {
                if (parent >= 0)
                {
                    model.AddText(parent, text.Data);
                }

                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var index = model.AddElement(element, parent);
            if (model.Nodes[index].Removed)
            {
                continue;
            }

            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], index));
            }
        }

        model.MarkUnlikely();
        model.Aggregate();
        return model;
    }

    private int AddElement(IElement element, int parent)
    {
        var tag = element.LocalName;
        var node = new PageNode(element, parent, tag);
        if (parent >= 0 && (NodeHints.IsNoiseTag(tag) || NodeHints.IsHidden(element)))
        {
            node.Removed = true;
        }
        else
        {
            var names = NodeHints.Names(element);
            node.ClassWeight = NodeHints.ClassWeight(names);
            node.Furniture = parent >= 0 && tag is not ("body" or "a" or "main" or "article") ? NodeHints.Classify(names) : Furniture.None;
            node.InLink = tag == "a" || (parent >= 0 && Nodes[parent].InLink);
        }

        indexOf[element] = Nodes.Count;
        Nodes.Add(node);
        return Nodes.Count - 1;
    }

    private void AddText(int parent, string data)
    {
        var (chars, commas) = TextBlocks.Measure(data);
        var node = Nodes[parent];
        node.OwnText += chars;
        node.OwnCommas += commas;
        if (chars >= TextBlocks.MinParagraphChars)
        {
            node.OwnRunScore += ContentScorer.Vote(chars, commas);
        }

        if (node.InLink)
        {
            node.OwnLinkText += chars;
        }
    }

    /// <summary>
    /// Removes furniture blocks, except one that holds most of the page's paragraph text (a class such as
    /// "page has-sidebar" on a wrapper must not take the article with it), small furniture holding
    /// more text than small furniture can (a mis-closed byline div wrapping the story), and a section
    /// whose names also say "article" that holds running text ("article-body ads-enabled").
    /// </summary>
    private void MarkUnlikely()
    {
        Aggregate();
        var total = Math.Max(1, Nodes[0].ParagraphText);
        foreach (var node in Nodes)
        {
            if (node.Furniture == Furniture.None || node.Removed || node.ParagraphText >= total / 2)
            {
                continue;
            }

            if (node.Furniture == Furniture.MixedSection && ReadsLikeStory(node))
            {
                continue;
            }

            if (node.Furniture is Furniture.Section or Furniture.MixedSection || node.ParagraphText < SmallFurnitureMaxText)
            {
                node.Removed = true;
            }
        }
    }

    /// <summary>Three or more paragraphs, 800+ chars of them, nearly free of links: running text.</summary>
    private static bool ReadsLikeStory(PageNode node) =>
        node.Paragraphs >= 3 && node.ParagraphText >= 800 && node.LinkDensity < 0.15;

    /// <summary>Sums own statistics up the tree, skipping removed subtrees.</summary>
    private void Aggregate()
    {
        var count = Nodes.Count;
        var removed = new bool[count];
        for (var i = 0; i < count; i++)
        {
            var n = Nodes[i];
            removed[i] = n.Removed || (n.Parent >= 0 && removed[n.Parent]);
            n.Text = n.OwnText;
            n.LinkText = n.OwnLinkText;
            n.Commas = n.OwnCommas;
            n.ParagraphText = 0;
            n.Paragraphs = 0;
        }

        for (var i = count - 1; i >= 0; i--)
        {
            var n = Nodes[i];
            if (removed[i])
            {
                n.Removed = true;
                continue;
            }

            if (TextBlocks.IsParagraphTag(n.Tag))
            {
                n.ParagraphText = n.Text;
                n.Paragraphs = 1;
            }
            else if (n.OwnText >= TextBlocks.MinParagraphChars)
            {
                // Text sitting directly in a div (between <br>s) reads as paragraphs too.
                n.ParagraphText += n.OwnText;
                n.Paragraphs++;
            }

            if (n.Parent >= 0)
            {
                var p = Nodes[n.Parent];
                p.Text += n.Text;
                p.LinkText += n.LinkText;
                p.Commas += n.Commas;
                p.ParagraphText += n.ParagraphText;
                p.Paragraphs += n.Paragraphs;
            }
        }
    }
}
