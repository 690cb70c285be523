namespace Triangulate.Nlp.Entities;

/// <summary>Per-word values computed once in Analyze: the shape (case, digits, punctuation pattern) and the prefix and suffix hashes.</summary>
internal sealed partial class NerFeaturizer
{
    private static void ComputeShape(ReadOnlySpan<char> w, ref NerToken t)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        ulong full = offset, shortShape = offset;
        var last = '\0';
        byte flags = 0;
        var upper = 0;
        var letters = 0;
        for (var k = 0; k < w.Length; k++)
        {
            var ch = w[k];
            char cls;
            if (char.IsUpper(ch))
            {
                cls = 'X';
                upper++;
                letters++;
            }
            else if (char.IsLetter(ch))
            {
                cls = 'x';
                letters++;
            }
            else if (char.IsDigit(ch))
            {
                cls = 'd';
                flags |= NerToken.HasDigit;
            }
            else
            {
                cls = ch;
            }

            if (k < 12)
            {
                full = (full ^ cls) * prime;
            }

            if (cls != last)
            {
                shortShape = (shortShape ^ cls) * prime;
                last = cls;
            }
        }

        if (w.Length >= 12)
        {
            full = (full ^ '+') * prime;
        }

        if (letters > 0)
        {
            flags |= NerToken.HasLetter;
            if (upper == letters)
            {
                flags |= NerToken.AllUpper;
            }
        }

        if (w.Length > 0 && char.IsUpper(w[0]))
        {
            flags |= NerToken.UpperInitial;
        }
        else if (w.Length > 0 && char.IsLower(w[0]))
        {
            flags |= NerToken.LowerInitial;
        }

        if (w.Length > 0 && char.IsDigit(w[0]))
        {
            flags |= NerToken.HasDigit;
        }

        t.Shape = full;
        t.ShortShape = shortShape;
        t.Flags = flags;
    }

    private static void ComputeAffixes(ReadOnlySpan<char> w, Span<char> buf, ref NerToken t)
    {
        var n = Math.Min(4, w.Length);
        for (var k = 0; k < n; k++)
        {
            buf[k] = char.ToLowerInvariant(w[k]);
        }

        t.Prefix1 = FeatureHash.Of(buf[..Math.Min(1, n)]);
        t.Prefix2 = FeatureHash.Of(buf[..Math.Min(2, n)]);
        t.Prefix3 = FeatureHash.Of(buf[..Math.Min(3, n)]);
        t.Prefix4 = FeatureHash.Of(buf[..n]);
        for (var k = 0; k < n; k++)
        {
            buf[k] = char.ToLowerInvariant(w[w.Length - n + k]);
        }

        t.Suffix1 = FeatureHash.Of(buf.Slice(n - Math.Min(1, n), Math.Min(1, n)));
        t.Suffix2 = FeatureHash.Of(buf.Slice(n - Math.Min(2, n), Math.Min(2, n)));
        t.Suffix3 = FeatureHash.Of(buf.Slice(n - Math.Min(3, n), Math.Min(3, n)));
        t.Suffix4 = FeatureHash.Of(buf[..n]);
    }
}
