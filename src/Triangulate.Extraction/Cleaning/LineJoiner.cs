using System.Text;

namespace Triangulate.Extraction.Cleaning;

/// <summary>
/// Joins the lines a cleaner keeps into article text: a newline between lines, one blank line (a paragraph
/// break) where any blank lines stood between them, none before the first line or after the last.
/// </summary>
internal sealed class LineJoiner(int capacity)
{
    private readonly StringBuilder _text = new(capacity);
    private bool _blank;

    /// <summary>Adds a line as given (callers trim it as they need); a white-space line only marks a break.</summary>
    public void Add(ReadOnlySpan<char> line)
    {
        if (line.IsWhiteSpace())
        {
            _blank = _text.Length > 0;
            return;
        }

        if (_text.Length > 0)
        {
            _text.Append(_blank ? "\n\n" : "\n");
        }

        _text.Append(line);
        _blank = false;
    }

    public override string ToString() => _text.ToString();
}
