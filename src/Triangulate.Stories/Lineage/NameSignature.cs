namespace Triangulate.Stories.Lineage;

/// <summary>
/// The capitalised words of a text that do not open a sentence: a cheap stand-in for the names it is about.
/// Two fillings of one template (another issuer, another bank) share the wording but not the names;
/// copies and updates of one report keep most of them.
/// </summary>
public static class NameSignature
{
    /// <summary>Sorted distinct token hashes of the name-like words.</summary>
    public static uint[] Compute(string text, TokenSequence tokens)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(tokens);
        var names = new List<uint>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (char.IsUpper(text[tokens.Starts[t]]) && !OpensSentence(text, tokens.Starts[t]))
            {
                names.Add(tokens.Hashes[t]);
            }
        }

        names.Sort();
        var n = 0;
        for (var i = 0; i < names.Count; i++)
        {
            if (n == 0 || names[n - 1] != names[i])
            {
                names[n++] = names[i];
            }
        }

        return [.. names.GetRange(0, n)];
    }

    /// <summary>Share of the smaller set found in the larger; 1 when the smaller set is empty.</summary>
    public static double Containment(uint[] a, uint[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var smaller = a.Length <= b.Length ? a : b;
        var larger = ReferenceEquals(smaller, a) ? b : a;
        if (smaller.Length == 0)
        {
            return 1;
        }

        var found = 0;
        foreach (var name in smaller)
        {
            if (Array.BinarySearch(larger, name) >= 0)
            {
                found++;
            }
        }

        return (double)found / smaller.Length;
    }

    private static bool OpensSentence(string text, int start)
    {
        var p = start - 1;
        while (p >= 0 && text[p] is ' ' or '\t' or '"' or '\u201C' or '\u2018' or '(' or '\'')
        {
            p--;
        }

        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or '\r' or ':' or '-' or '\u2013' or '\u2014';
    }
}
