namespace Triangulate.Stories.Timeline;

/// <summary>
/// The clause around a word: the words between the nearest clause marks (comma, semicolon, colon, bracket, dash)
/// on either side. Both event readers cut clauses this way: <see cref="EventClause"/> on part-of-speech tagged
/// words and <see cref="EventPhrase"/> on plain ones.
/// </summary>
internal static class ClauseBounds
{
    public static bool IsMark(string word) => word is "," or ";" or ":" or "(" or ")" or "\u2014" or "\u2013" or "--";

    /// <summary>[From, To) of the clause that holds <paramref name="words"/>[<paramref name="at"/>].</summary>
    public static (int From, int To) Around<TWord>(List<TWord> words, int at, Func<TWord, string> text)
    {
        var from = at;
        while (from > 0 && !IsMark(text(words[from - 1])))
        {
            from--;
        }

        var to = at;
        while (to < words.Count && !IsMark(text(words[to])))
        {
            to++;
        }

        return (from, to);
    }
}
