using Triangulate.Core.Annotations;

namespace Triangulate.Stories.Quantities;

/// <summary>
/// Whether two values of a track can both be right: "at least 2,000" and 2,012, "about 200" and 210, 2,000 and 2,012
/// (rounding), a range and a value inside it. A bound covers one rounding unit of its value: "at least 12" does not
/// cover 14, which is why the demo's 12 and 14 disagree.
/// </summary>
internal static class FigureCompatibility
{
    /// <summary>How far apart two conversions of one figure may be ("10 km (6 miles)", "85 miles" and "135 km").</summary>
    private const double ConversionTolerance = 0.1;

    /// <summary>"About 6.0" on a magnitude scale: half a tenth either way, not a tenth of the value.</summary>
    private const double FineTolerance = 0.05;

    public static bool Compatible(FigureStep a, FigureStep b)
    {
        if (!FigureUnits.Same(a.Unit, b.Unit))
        {
            return FigureUnits.Convertible(a.Unit, b.Unit) && Close(FigureUnits.ToBase(a.Value, a.Unit), FigureUnits.ToBase(b.Value, b.Unit));
        }

        var (aLow, aHigh) = Interval(a);
        var (bLow, bHigh) = Interval(b);
        // A bound's interval is half open: "at least six" holds 6 but not "at least seven" (a rounding unit above).
        return aLow <= bHigh && bLow <= aHigh && !(IsLowerBound(a) && bLow >= aHigh && aHigh > aLow) && !(IsLowerBound(b) && aLow >= bHigh && bHigh > bLow);
    }

    private static bool IsLowerBound(FigureStep step) => step.Bound == Bounds.AtLeast;

    private static bool Close(double a, double b) => Math.Abs(a - b) <= ConversionTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static (double Low, double High) Interval(FigureStep step)
    {
        var v = step.Value;
        var unit = RoundingUnit(v);
        return step.Bound switch
        {
            Bounds.AtLeast or Bounds.MoreThan => (v, v + unit),
            Bounds.About when step.Fine => (v - FineTolerance, v + FineTolerance),
            Bounds.About => (v - Math.Max(unit, 0.1 * v), v + Math.Max(unit, 0.1 * v)),
            Bounds.UpTo => (0, v),
            Bounds.Range => (v, step.ValueMax ?? v),
            // An exact figure is read as rounded only to a hundred or more ("2,000" against 2,012): 130 and 135 pounds differ.
            _ => unit >= 100 ? (v - unit / 2, v + unit / 2) : (v, v),
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
