using System.Globalization;

namespace Triangulate.Quality.Timex;

/// <summary>TempEval-3 Task A figures (micro-averaged over documents), as fractions.</summary>
public sealed record TimexScore(int Gold, int System, double StrictP, double StrictR, double StrictF1, double RelaxedP, double RelaxedR, double RelaxedF1, double ValueAccuracy, double TypeAccuracy)
{
    public double ValueF1 => ValueAccuracy * RelaxedF1;

    public double TypeF1 => TypeAccuracy * RelaxedF1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"gold {Gold} system {System} | strict P {StrictP:P1} R {StrictR:P1} F1 {StrictF1:P1} | relaxed P {RelaxedP:P1} R {RelaxedR:P1} F1 {RelaxedF1:P1} | value acc {ValueAccuracy:P1} F1 {ValueF1:P1} | type acc {TypeAccuracy:P1} F1 {TypeF1:P1}");
}
