namespace Triangulate.Core.Text;

/// <summary>
/// The tokenizer's plain word runs: maximal runs of letters and digits (<see cref="TextFolding.IsWordChar"/>), anything
/// else separating them. This is how text with no tokens layer (a headline, a quotation's text, a page's lines) and
/// the inside of one token are read into words. It is the token rules without their joins: no clitic split ("didn't"
/// is "didn" "t", where the tokens are "did" "n't"), no kept period, no connector inside a word ("U.S." is "U" "S").
/// Readers that compare words across re-punctuated copies want exactly that: clustering terms, quotation words,
/// lineage's folded words inside each token, and page-overlap shingles. Article text itself is read through the
/// tokens layer that <see cref="Tokenize(string)"/> makes.
/// </summary>
public sealed partial class Tokenizer
{
    /// <summary>
    /// Finds the next word run at or after <paramref name="position"/>: false when none is left; else its first
    /// character in <paramref name="start"/>, and <paramref name="position"/> moved just past its last.
    /// </summary>
    public static bool NextWordRun(ReadOnlySpan<char> text, ref int position, out int start)
    {
        var i = position;
        while (i < text.Length && !TextFolding.IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        position = WordRunEnd(text, i);
        return position > start;
    }

    /// <summary>Just past the word run that <paramref name="position"/> is in (<paramref name="position"/> itself when it is in none).</summary>
    public static int WordRunEnd(ReadOnlySpan<char> text, int position)
    {
        var i = position;
        while (i < text.Length && TextFolding.IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }
}
