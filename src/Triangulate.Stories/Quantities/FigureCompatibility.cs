using Triangulate.Core.Annotations;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Whether two values of a track can both be right: "at least 2,000" and 2,012, "about 200" and 210, 2,000 and 2,012
/// (rounding), a range and a value inside it. A bound covers one rounding unit of its value: "at least 12" does not
/// cover 14, which is why the demo's 12 and 14 disagree.
/// </summary>
internal static class FigureCompatibility
{
    public static bool Compatible(FigureStep a, FigureStep b)
    {
        var (aLow, aHigh) = Interval(a);
        var (bLow, bHigh) = Interval(b);
        return aLow <= bHigh && bLow <= aHigh;
    }

    private static (double Low, double High) Interval(FigureStep step)
    {
        var v = step.Value;
        var unit = RoundingUnit(v);
        return step.Bound switch
        {
            Bounds.AtLeast or Bounds.MoreThan => (v, v + unit),
            Bounds.About => (v - Math.Max(unit, 0.1 * v), v + Math.Max(unit, 0.1 * v)),
            Bounds.UpTo => (0, v),
            Bounds.Range => (v, step.ValueMax ?? v),
            _ => unit >= 10 ? (v - unit / 2, v + unit / 2) : (v, v),
        };
    }

    /// <summary>The power of ten a figure is rounded to, at most a tenth of it: 2,000 → 100, 820 → 10, 12 → 1; 0 for decimals.</summary>
    internal static double RoundingUnit(double v)
    {
        if (v < 1 || v != Math.Floor(v))
        {
            return 0;
        }

        var unit = 1.0;
        while (v % (unit * 10) == 0 && unit * 10 <= v / 10)
        {
            unit *= 10;
        }

        return unit;
    }
}
