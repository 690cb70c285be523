using System.Globalization;

namespace Triangulate.Quality.Claims;

/// <summary>True positives, false positives, false negatives; precision, recall, F1.</summary>
internal readonly record struct Prf(int Tp, int Fp, int Fn)
{
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public Prf Add(bool predicted, bool actual) => new(Tp + (predicted && actual ? 1 : 0), Fp + (predicted && !actual ? 1 : 0), Fn + (!predicted && actual ? 1 : 0));

    public Prf Add(Prf other) => new(Tp + other.Tp, Fp + other.Fp, Fn + other.Fn);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {Tp}, fp {Fp}, fn {Fn})");
}
