namespace Triangulate.Nlp.Quantities;

/// <summary>
/// An earthquake's magnitude, however the text writes it: "magnitude 6.1", "magnitude-5.9", "a magnitude of 5.9",
/// "a 5.6-magnitude earthquake", "5.6 on the Richter scale", "measuring 5.6", "a 6.1 quake"; and an intensity on the
/// Mercalli scale, which says how hard a place shook, not how big the quake was ("registered six on the 12-point
/// Mercalli scale"): an <see cref="CountedKeys.Other"/> figure with <see cref="CountedKeys.IntensityScope"/>, never a magnitude.
/// </summary>
internal sealed partial class QuantityReader
{
    private const double MaxMagnitude = 10;
    private const double MaxIntensity = 12;
    private const int MaxScaleWords = 3;

    /// <param name="first">The count's first token.</param>
    /// <param name="end">The number's last token.</param>
    /// <param name="head">The noun head after the number, or -1.</param>
    private bool IsMagnitude(int first, int end, int head, double value)
    {
        if (value is <= 0 or >= MaxMagnitude)
        {
            return false;
        }

        var before = IsPunct(first - 1, '-') ? first - 2 : first - 1;
        if (Is(before, "magnitude") || (Is(before, "of") && Is(before - 1, "magnitude")) || Is(before, "measuring") || Is(before, "measured"))
        {
            return true;
        }

        var after = IsPunct(end + 1, '-') ? end + 2 : end + 1;
        if (Is(after, "magnitude") || OnTheRichterScale(after) || ((Is(after, "degrees") || Is(after, "points")) && OnTheRichterScale(after + 1)))
        {
            return true;
        }

        // "a 6.1 quake": a decimal right before a quake noun.
        return head == after && value != Math.Floor(value) && (Is(head, "quake") || Is(head, "earthquake") || Is(head, "temblor") || Is(head, "tremor"));
    }

    private bool OnTheRichterScale(int k) => Is(k, "on") && Is(k + 1, "the") && Is(k + 2, "Richter");

    /// <summary>"six on the 12-point international Mercalli scale", "between 6.5 and seven on the Mercalli scale".</summary>
    /// <param name="end">The number's last token (a range's high end).</param>
    private bool IsIntensity(int end, double value)
    {
        if (value is <= 0 or > MaxIntensity || !Is(end + 1, "on") || !Is(end + 2, "the"))
        {
            return false;
        }

        // Up to three words between "the" and the scale's name ("12-point international", "modified"); a hyphenated
        // word is three tokens, hence two more.
        for (var k = end + 3; k <= end + 3 + MaxScaleWords + 2 && k < Count; k++)
        {
            if (Is(k, "Mercalli"))
            {
                return true;
            }
        }

        return false;
    }
}
