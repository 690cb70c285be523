using Triangulate.Core.Text;

namespace Triangulate.Extraction.Html;

/// <summary>How much of one text's word 4-grams another text contains: a cheap agreement check between
/// the DOM extraction and a publisher's JSON-LD body.</summary>
internal static class TextOverlap
{
    /// <summary>Fraction of <paramref name="reference"/>'s word 4-grams found in <paramref name="candidate"/> (0 when the reference has none).</summary>
    public static double Coverage(string reference, string candidate)
    {
        var have = new HashSet<long>();
        foreach (var g in Grams(candidate))
        {
            have.Add(g);
        }

        var total = 0;
        var found = 0;
        foreach (var g in Grams(reference))
        {
            total++;
            if (have.Contains(g))
            {
                found++;
            }
        }

        return total == 0 ? 0 : (double)found / total;
    }

    private static IEnumerable<long> Grams(string text)
    {
        // Rolling window of the last four word hashes.
        long h1 = 0, h2 = 0, h3 = 0;
        var count = 0;
        var i = 0;
        while (Tokenizer.NextWordRun(text, ref i, out var start))
        {
            long h = string.GetHashCode(text.AsSpan(start, i - start), StringComparison.OrdinalIgnoreCase);
            if (++count >= 4)
            {
                yield return (((h1 * 31 + h2) * 31 + h3) * 31) + h;
            }

            (h1, h2, h3) = (h2, h3, h);
        }
    }
}
