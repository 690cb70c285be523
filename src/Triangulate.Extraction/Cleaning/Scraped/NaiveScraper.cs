using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Triangulate.Extraction.Html;

namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Renders a page's visible text the way a naive crawler copies it, to build a labelled set of scraped text for
/// the plain-text cleaner (<see cref="ScrapedLineSet"/>). Nothing is chosen or scored here: script, style, noscript,
/// template, svg, iframe, select and elements hidden by a <c>hidden</c> attribute or an inline
/// <c>display:none</c> are left out (a browser does not show them); everything else the style asks for stays.
/// </summary>
public static class NaiveScraper
{
    private const int DirectTextChars = 20;

    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "select", "head", "math",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "ul", "caption", "legend", "option",
    };

    private static readonly HashSet<string> ParagraphLike = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "figcaption", "dt", "dd", "caption",
    };

    private static readonly ThreadLocal<HtmlParser> Parser = new(() => new HtmlParser(new HtmlParserOptions { IsScripting = false }));

    /// <summary>The text of <paramref name="html"/> in <paramref name="style"/>: lines trimmed, runs of blank lines cut to one.</summary>
    public static string Render(string html, ScrapeStyle style)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = Parser.Value!.ParseDocument(html);
        var root = (IElement?)document.Body ?? document.DocumentElement;
        if (root is null)
        {
            return string.Empty;
        }

        var writer = new Writer();
        if (style == ScrapeStyle.InnerText)
        {
            writer.Element(root);
        }
        else
        {
            foreach (var block in ParagraphBlocks(root))
            {
                writer.Break(2);
                writer.Element(block);
                writer.Break(2);
            }
        }

        return writer.Finish();
    }

    /// <summary>The outermost paragraph-like blocks, in document order.</summary>
    private static List<IElement> ParagraphBlocks(IElement root)
    {
        var result = new List<IElement>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (IsSkipped(element))
            {
                continue;
            }

            if (ParagraphLike.Contains(element.LocalName) || HoldsText(element))
            {
                result.Add(element);
                continue;
            }

            for (var c = element.Children.Length - 1; c >= 0; c--)
            {
                stack.Push(element.Children[c]);
            }
        }

        return result;
    }

    /// <summary>A container (div, td, span…) that holds a sentence's worth of text directly, not only through children.</summary>
    private static bool HoldsText(IElement element)
    {
        if (element.LocalName is "body" or "html")
        {
            return false;
        }

        var chars = 0;
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                foreach (var ch in text.Data)
                {
                    chars += char.IsWhiteSpace(ch) ? 0 : 1;
                }
            }
        }

        return chars >= DirectTextChars;
    }

    private static bool IsSkipped(IElement element) => Skipped.Contains(element.LocalName) || NodeHints.IsHidden(element);

    /// <summary>Writes text nodes with collapsed white space and the line breaks block elements imply.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _sb = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void Element(IElement root)
        {
            // (node, leaving): an element is visited once on entry and once on exit, without recursion.
            var stack = new Stack<(INode Node, bool Leaving)>();
            stack.Push((root, false));
            while (stack.Count > 0)
            {
                var (node, leaving) = stack.Pop();
                if (node is IText text)
                {
                    Text(text.Data, InsidePre(text));
                    continue;
                }

                if (node is not IElement element || IsSkipped(element))
                {
                    continue;
                }

                var tag = element.LocalName;
                if (leaving)
                {
                    Close(tag);
                    continue;
                }

                Open(tag);
                stack.Push((element, true));
                for (var c = element.ChildNodes.Length - 1; c >= 0; c--)
                {
                    stack.Push((element.ChildNodes[c], false));
                }
            }
        }

        public void Break(int count) => _pendingBreaks = Math.Max(_pendingBreaks, count);

        public string Finish()
        {
            var lines = _sb.ToString().Split('\n');
            var joined = new LineJoiner(_sb.Length);
            foreach (var raw in lines)
            {
                joined.Add(raw.AsSpan().Trim());
            }

            return joined.ToString();
        }

        private void Open(string tag)
        {
            if (tag == "br")
            {
                Flush();
                _sb.Append('\n');
                _pendingSpace = false;
            }
            else if (tag is "td" or "th")
            {
                _pendingSpace = _pendingBreaks == 0 && _sb.Length > 0 && _sb[^1] != '\n';
                if (_pendingSpace)
                {
                    _sb.Append('\t');
                    _pendingSpace = false;
                }
            }
            else if (tag is "img" or "input")
            {
                _pendingSpace = true;
            }
            else if (Blocks.Contains(tag))
            {
                Break(tag == "p" ? 2 : 1);
            }
        }

        private void Close(string tag)
        {
            if (tag is "tr")
            {
                Break(1);
            }
            else if (Blocks.Contains(tag))
            {
                Break(tag == "p" ? 2 : 1);
            }
        }

        private void Text(string data, bool pre)
        {
            if (pre)
            {
                Flush();
                _sb.Append(data);
                return;
            }

            foreach (var ch in data)
            {
                if (char.IsWhiteSpace(ch))
                {
                    _pendingSpace = true;
                    continue;
                }

                if (_pendingBreaks > 0 || _sb.Length == 0)
                {
                    Flush();
                }
                else if (_pendingSpace && _sb[^1] is not ('\n' or '\t'))
                {
                    _sb.Append(' ');
                }

                _pendingSpace = false;
                _sb.Append(ch);
            }
        }

        private void Flush()
        {
            if (_pendingBreaks > 0 && _sb.Length > 0)
            {
                _sb.Append('\n', _pendingBreaks);
            }

            _pendingBreaks = 0;
        }

        private static bool InsidePre(INode node)
        {
            for (var p = node.ParentElement; p is not null; p = p.ParentElement)
            {
                if (p.LocalName == "pre")
                {
                    return true;
                }
            }

            return false;
        }
    }
}
