using System.Text;
using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Turns chosen elements into plain text: one paragraph per block element, paragraphs separated by a
/// blank line, inline whitespace collapsed. Walks with an explicit stack, so depth cannot overflow.
/// </summary>
internal sealed class BlockTextWriter(PageModel model, Func<int, bool> skip)
{
    private readonly StringBuilder output = new();
    private readonly StringBuilder paragraph = new();

    public List<string> Paragraphs { get; } = [];

    public void Write(IElement root, CancellationToken cancellationToken)
    {
        var stack = new Stack<(INode? Node, bool Exit)>();
        stack.Push((root, false));
        var visited = 0;
        while (stack.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, exit) = stack.Pop();
            if (exit)
            {
                Flush();
                continue;
            }

            if (node is IText text)
            {
                TextBlocks.AppendCollapsed(paragraph, text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var index = model.IndexOf(element);
            if (index < 0 || model.Nodes[index].Removed || skip(index))
            {
                continue;
            }

            var tag = model.Nodes[index].Tag;
            if (TextBlocks.IsBlockTag(tag))
            {
                Flush();
                stack.Push((null, true));
            }

            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], false));
            }
        }

        Flush();
    }

    /// <summary>Drops the paragraphs from <paramref name="start"/> on.</summary>
    public void TruncateAt(int start) => Paragraphs.RemoveRange(start, Paragraphs.Count - start);

    /// <summary>Drops the first <paramref name="count"/> paragraphs.</summary>
    public void RemoveFirst(int count) => Paragraphs.RemoveRange(0, count);

    /// <summary>Drops every paragraph <paramref name="drop"/> says is not text.</summary>
    public void RemoveWhere(Predicate<string> drop) => Paragraphs.RemoveAll(drop);

    public override string ToString()
    {
        output.Clear();
        foreach (var p in Paragraphs)
        {
            if (output.Length > 0)
            {
                output.Append("\n\n");
            }

            output.Append(p);
        }

        return output.ToString();
    }

    private void Flush()
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var text = paragraph.ToString().Trim();
        paragraph.Clear();
        if (text.Length > 0)
        {
            Paragraphs.Add(text);
        }
    }
}
