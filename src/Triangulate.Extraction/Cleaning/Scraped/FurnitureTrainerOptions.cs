namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>Settings of <see cref="FurnitureTrainer"/>; the defaults are the ones chosen on the dev split's folds.</summary>
public sealed record FurnitureTrainerOptions
{
    public static FurnitureTrainerOptions Default { get; } = new();

    /// <summary>Boosting rounds (trees) per stage.</summary>
    public int Rounds { get; init; } = 150;

    public int Depth { get; init; } = 4;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>L2 penalty on leaf values.</summary>
    public double Lambda { get; init; } = 1;

    /// <summary>A split must leave at least this much hessian (about p(1-p) per line) on each side.</summary>
    public double MinChildHessian { get; init; } = 5;
}
