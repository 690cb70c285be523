using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>One element of the page with the text statistics that content scoring reads.</summary>
internal sealed class PageNode(IElement element, int parent, string tag)
{
    public IElement Element { get; } = element;

    /// <summary>Index of the parent in <see cref="PageModel.Nodes"/>; -1 for the root.</summary>
    public int Parent { get; } = parent;

    public string Tag { get; } = tag;

    /// <summary>Class/id hint: positive for article-like names, negative for boilerplate-like ones.</summary>
    public int ClassWeight { get; set; }

    /// <summary>Class/id says "boilerplate"; removed unless it holds most of the page's text.</summary>
    public Furniture Furniture { get; set; }

    /// <summary>Dropped with its subtree: noise tag, hidden, or an unlikely block.</summary>
    public bool Removed { get; set; }

    public bool InLink { get; set; }

    // Own = text nodes directly inside this element; totals include descendants that are not removed.
    public int OwnText { get; set; }

    public int OwnLinkText { get; set; }

    public int OwnCommas { get; set; }

    /// <summary>Votes of the runs of text directly inside this element (text between &lt;br&gt;s in a div or td).</summary>
    public double OwnRunScore { get; set; }

    public int Text { get; set; }

    public int LinkText { get; set; }

    public int Commas { get; set; }

    /// <summary>Text inside paragraph-like descendants (p, pre, blockquote, direct text of divs).</summary>
    public int ParagraphText { get; set; }

    public int Paragraphs { get; set; }

    public double Score { get; set; }

    public bool IsCandidate { get; set; }

    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}
