namespace Triangulate.Nlp.Entities;

/// <summary>What <see cref="NerTrainer.Train"/> produced: the model and how it was selected.</summary>
public sealed record NerTrainingResult(
    NerModel Model,
    double DevF1,
    int BestEpoch,
    IReadOnlyList<double> DevF1ByEpoch,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> DataSha256);
