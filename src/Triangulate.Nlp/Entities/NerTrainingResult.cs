namespace Triangulate.Nlp.Entities;

/// <summary>
/// What <see cref="NerTrainer.Train"/> produced: the model and how it was selected. When <see cref="IncludesDev"/>
/// is true the model also learnt from dev, so <see cref="DevF1"/> is a training-set figure, not a held-out one.
/// </summary>
public sealed record NerTrainingResult(
    NerModel Model,
    double DevF1,
    int BestEpoch,
    IReadOnlyList<double> DevF1ByEpoch,
    TimeSpan Elapsed,
    IReadOnlyDictionary<string, string> DataSha256,
    bool IncludesDev = false);
