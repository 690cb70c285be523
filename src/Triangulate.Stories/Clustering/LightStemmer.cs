namespace Triangulate.Stories.Clustering;

/// <summary>
/// A deliberately light English suffix stripper (plurals, -ing, -ed, -ly): enough to make "collapsed",
/// "collapses" and "collapse" one feature without Porter's over-stemming of names ("Gates" stays close to
/// "gate" either way, which IDF tolerates). Works in place on a lowercase buffer and returns the new length.
/// </summary>
internal static class LightStemmer
{
    public static int Stem(Span<char> w)
    {
        var n = w.Length;
        if (n <= 3 || !char.IsAsciiLetter(w[n - 1]))
        {
            return n;
        }

        n = StripPlural(w, n);
        if (n > 5 && EndsWith(w, n, "ing"))
        {
            return Undouble(w, n - 3);
        }

        if (n > 4 && EndsWith(w, n, "ied"))
        {
            w[n - 3] = 'y';
            return n - 2;
        }

        if (n > 4 && EndsWith(w, n, "ed") && !EndsWith(w, n, "eed"))
        {
            return Undouble(w, n - 2);
        }

        if (n > 5 && EndsWith(w, n, "ly"))
        {
            return n - 2;
        }

        return n;
    }

    private static int StripPlural(Span<char> w, int n)
    {
        if (n > 4 && EndsWith(w, n, "ies") && w[n - 4] != 'e' && w[n - 4] != 'a')
        {
            w[n - 3] = 'y';
            return n - 2;
        }

        if (n > 4 && (EndsWith(w, n, "sses") || EndsWith(w, n, "xes") || EndsWith(w, n, "ches") || EndsWith(w, n, "shes")))
        {
            return n - 2;
        }

        if (w[n - 1] == 's' && w[n - 2] != 's' && w[n - 2] != 'u' && w[n - 2] != 'i')
        {
            return n - 1;
        }

        return n;
    }

    // "stopped" → "stopp" → "stop"; "falling" keeps its double l ("fall").
    private static int Undouble(Span<char> w, int n)
    {
        if (n >= 3 && w[n - 1] == w[n - 2] && w[n - 1] is not ('l' or 's' or 'z') && !IsVowel(w[n - 1]))
        {
            return n - 1;
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWith(Span<char> w, int n, string suffix) =>
        n >= suffix.Length && w[..n].EndsWith(suffix.AsSpan(), StringComparison.Ordinal);
}
