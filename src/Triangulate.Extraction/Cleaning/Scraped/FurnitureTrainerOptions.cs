namespace Triangulate.Extraction.Cleaning.Scraped;

/// <summary>Settings of <see cref="FurnitureTrainer"/>; the defaults are the ones chosen on the dev split's folds.</summary>
public sealed record FurnitureTrainerOptions
{
    public static FurnitureTrainerOptions Default { get; } = new();

    /// <summary>Stacked stages: the first reads the lines, each later one also what the stage before predicted around them.</summary>
    public int Stages { get; init; } = 2;

    /// <summary>Boosting rounds (trees) per stage.</summary>
    public int Rounds { get; init; } = 150;

    public int Depth { get; init; } = 4;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>A page of n lines weighs n to this power in training (1: every line alike; 0.5: long pages count less per line).</summary>
    public double PageWeightPower { get; init; } = 0.5;

    /// <summary>Share of articles as written (out of fold) the gate may take for copied pages; sets its threshold.</summary>
    public double GateFalsePass { get; init; } = 0.001;

    /// <summary>L2 penalty on leaf values.</summary>
    public double Lambda { get; init; } = 1;

    /// <summary>A split must leave at least this much hessian (about p(1-p) per line) on each side.</summary>
    public double MinChildHessian { get; init; } = 5;
}
