namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>
/// Line counts of a cleaner against the labels: a kept article line is a true positive, a kept boilerplate line a
/// false positive, a removed article line a false negative. <see cref="BoilerplateF1"/> scores the other class
/// (removed boilerplate lines as true positives).
/// </summary>
public sealed record LineCounts(int KeptArticle, int KeptBoilerplate, int RemovedArticle, int RemovedBoilerplate)
{
    public static LineCounts Zero { get; } = new(0, 0, 0, 0);

    public double Precision => Ratio(KeptArticle, KeptArticle + KeptBoilerplate);

    public double Recall => Ratio(KeptArticle, KeptArticle + RemovedArticle);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double BoilerplatePrecision => Ratio(RemovedBoilerplate, RemovedBoilerplate + RemovedArticle);

    public double BoilerplateRecall => Ratio(RemovedBoilerplate, RemovedBoilerplate + KeptBoilerplate);

    public double BoilerplateF1 => BoilerplatePrecision + BoilerplateRecall == 0 ? 0
        : 2 * BoilerplatePrecision * BoilerplateRecall / (BoilerplatePrecision + BoilerplateRecall);

    public int Lines => KeptArticle + KeptBoilerplate + RemovedArticle + RemovedBoilerplate;

    public static LineCounts operator +(LineCounts a, LineCounts b) => new(
        a.KeptArticle + b.KeptArticle, a.KeptBoilerplate + b.KeptBoilerplate, a.RemovedArticle + b.RemovedArticle, a.RemovedBoilerplate + b.RemovedBoilerplate);

    public override string ToString() =>
        $"article P {Precision:F3} R {Recall:F3} F1 {F1:F3} | boilerplate P {BoilerplatePrecision:F3} R {BoilerplateRecall:F3} F1 {BoilerplateF1:F3} | {Lines} lines";

    private static double Ratio(int a, int b) => b == 0 ? 0 : (double)a / b;
}
