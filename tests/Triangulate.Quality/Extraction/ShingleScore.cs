namespace Triangulate.Quality.Extraction;

/// <summary>Corpus scores of the article-extraction benchmark metric.</summary>
public sealed record ShingleScore(double F1, double Precision, double Recall, double Accuracy, int Pages)
{
    public override string ToString() => FormattableString.Invariant($"F1={F1:F3} P={Precision:F3} R={Recall:F3} acc={Accuracy:F3} n={Pages}");
}
