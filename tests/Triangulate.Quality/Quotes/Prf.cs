namespace Triangulate.Quality.Quotes;

/// <summary>
/// Precision / recall / F1. <see cref="TpPredicted"/> counts correct predictions, <see cref="TpGold"/> found gold
/// items; they differ when matching is not one-to-one (one quotation split in several predictions).
/// </summary>
public readonly record struct Prf(double TpPredicted, double TpGold, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? 0 : TpPredicted / Predicted;
    public double Recall => Gold == 0 ? 0 : TpGold / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.TpPredicted + b.TpPredicted, a.TpGold + b.TpGold, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public override string ToString() => $"P {Precision:0.000}  R {Recall:0.000}  F1 {F1:0.000}  (pred {Predicted}, gold {Gold})";
}
