namespace Triangulate.Core.Text;

/// <summary>
/// The one reader of words in text that has no tokens layer (a headline, a quotation's text, a page's lines) and of
/// the words inside a token: maximal runs of letters and digits (<see cref="TextFolding.IsWordChar"/>), anything
/// else separating them. An article's own text is read through its tokens layer (<c>Nlp/Tokens/Tokenizer</c>);
/// lineage reads these runs inside each token. Clustering terms, quotation words and page-overlap shingles each
/// had this scan written out.
/// </summary>
public static class WordRuns
{
    /// <summary>
    /// Finds the next word at or after <paramref name="position"/>: false when none is left; else its first
    /// character in <paramref name="start"/>, and <paramref name="position"/> moved just past its last.
    /// </summary>
    public static bool Next(ReadOnlySpan<char> text, ref int position, out int start)
    {
        var i = position;
        while (i < text.Length && !TextFolding.IsWordChar(text[i]))
        {
            i++;
        }

        start = i;
        position = End(text, i);
        return position > start;
    }

    /// <summary>Just past the word that <paramref name="position"/> is in (<paramref name="position"/> itself when it is in none).</summary>
    public static int End(ReadOnlySpan<char> text, int position)
    {
        var i = position;
        while (i < text.Length && TextFolding.IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }
}
