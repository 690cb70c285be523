namespace Triangulate.Nlp.Entities;

/// <summary>Exact-span counts and precision / recall / F1 (in percent).</summary>
public sealed record PrfScore(int Correct, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() => $"P {Precision:F2} R {Recall:F2} F1 {F1:F2} (gold {Gold}, predicted {Predicted}, correct {Correct})";
}
