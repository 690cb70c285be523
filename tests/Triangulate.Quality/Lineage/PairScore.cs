namespace Triangulate.Quality.Lineage;

/// <summary>Pair-level precision, recall and F1.</summary>
internal readonly record struct PairScore(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public PairScore Add(bool predicted, bool gold) => (predicted, gold) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalsePositives = FalsePositives + 1 },
        (false, true) => this with { FalseNegatives = FalseNegatives + 1 },
        _ => this,
    };

    public override string ToString() => $"P {Precision:F3} R {Recall:F3} F1 {F1:F3} (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})";
}
