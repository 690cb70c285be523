namespace Triangulate.Extraction.Html;

/// <summary>Tells binary data decoded as text (images, archives) from markup, on a sample of the start.</summary>
internal static class BinaryCheck
{
    private const int Sample = 8192;

    /// <summary>True when over 10% of the sampled chars are control chars or U+FFFD (failed decoding).</summary>
    public static bool LooksBinary(string html)
    {
        var span = html.AsSpan(0, Math.Min(html.Length, Sample));
        if (span.IsEmpty)
        {
            return false;
        }

        var bad = 0;
        foreach (var c in span)
        {
            if ((c < ' ' && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad * 10 > span.Length;
    }
}
