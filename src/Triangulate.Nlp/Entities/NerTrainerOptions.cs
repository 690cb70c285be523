namespace Triangulate.Nlp.Entities;

/// <summary>
/// Settings for <see cref="NerTrainer"/>. Defaults are the ones the committed model was trained with;
/// epochs are chosen by F1 on the CoNLL-2003 dev split (early stopping), never on test.
/// </summary>
public sealed class NerTrainerOptions
{
    /// <summary>The shared data folder (holding ner/ and newsdocs/).</summary>
    public required string DataRoot { get; init; }

    public string TrainFile { get; init; } = "ner/conll2003/iob2/train.txt";
    public string DevFile { get; init; } = "ner/conll2003/iob2/dev.txt";
    public string CityGazetteer { get; init; } = "ner/gazetteers/geonames_cities15000_names.txt";

    /// <summary>Unlabelled text for clusters: every *.jsonl here (field "text").</summary>
    public string UnlabelledFolder { get; init; } = "newsdocs";

    /// <summary>log2 of the feature-hash table size. 22 = 4M buckets (151 MB of float weights in memory).</summary>
    public int Bits { get; init; } = 22;

    public int MaxEpochs { get; init; } = 20;

    /// <summary>Stop after this many epochs without a better dev F1.</summary>
    public int Patience { get; init; } = 4;

    public int Seed { get; init; } = 1;

    public int ClusterVocabulary { get; init; } = 60_000;
    public int ClusterMinCount { get; init; } = 3;
    public int ClusterContexts { get; init; } = 800;
    public int ClusterDimensions { get; init; } = 128;
    public int FineClusters { get; init; } = 1000;
    public int MidClusters { get; init; } = 200;
    public int CoarseClusters { get; init; } = 40;
    public int KMeansIterations { get; init; } = 10;

    /// <summary>Optional cache of trained clusters (keyed by nothing: delete it when cluster settings change).</summary>
    public string? ClusterCachePath { get; init; }

    /// <summary>Progress messages.</summary>
    public Action<string>? Log { get; init; }
}
