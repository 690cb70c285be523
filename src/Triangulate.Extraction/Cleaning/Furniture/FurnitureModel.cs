using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// The page-furniture line model: a gate (<see cref="FurnitureGate"/>), then stacked ensembles of boosted trees
/// (<see cref="LineFeatures"/>) that give each line the probability it belongs to the story. Trained on the dev
/// pages of the scraped-text set (<c>Cleaning/Scraped</c>); the embedded file records its training data and the
/// command that rebuilds it.
/// </summary>
internal sealed class FurnitureModel
{
    public const string Format = "triangulate.furniture/1";
    private const string Resource = "Triangulate.Extraction.furniture.model.json";

    private static readonly Lazy<FurnitureModel> Embedded = new(LoadEmbedded);

    [JsonPropertyName("format")]
    public string FormatName { get; init; } = Format;

    [JsonPropertyName("gate")]
    public FurnitureGate Gate { get; init; } = new();

    /// <summary>Stage one reads <see cref="LineFeatures.LocalNames"/>; each later stage reads
    /// <see cref="LineFeatures.ContextNames"/>, built from the stage before it.</summary>
    [JsonPropertyName("stages")]
    public required TreeEnsemble[] Stages { get; init; }

    /// <summary>A line whose stage-two probability is below this is furniture.</summary>
    [JsonPropertyName("threshold")]
    public double Threshold { get; init; } = 0.5;

    [JsonPropertyName("training")]
    public Dictionary<string, JsonElement> Training { get; init; } = [];

    public static FurnitureModel Default => Embedded.Value;

    /// <summary>For each shape, whether to keep it as story text.</summary>
    public bool[] Decide(List<LineShape> shapes)
    {
        var p = Predict(shapes);
        var keep = new bool[shapes.Count];
        for (var k = 0; k < keep.Length; k++)
        {
            keep[k] = p[k] >= Threshold;
        }

        return keep;
    }

    /// <summary>The probability that each shape is story text.</summary>
    public double[] Predict(List<LineShape> shapes)
    {
        var local = LineFeatures.Local(shapes);
        var (p, logit) = Apply(Stages[0], local);
        for (var s = 1; s < Stages.Length; s++)
        {
            (p, logit) = Apply(Stages[s], LineFeatures.Context(shapes, local, p, logit));
        }

        return p;
    }

    /// <summary>Probabilities and logits of one stage over its feature rows.</summary>
    public static (double[] P, double[] Logit) Apply(TreeEnsemble stage, float[][] rows)
    {
        var logit = new double[rows.Length];
        var p = new double[rows.Length];
        for (var k = 0; k < rows.Length; k++)
        {
            logit[k] = stage.Logit(rows[k]);
            p[k] = TreeEnsemble.Sigmoid(logit[k]);
        }

        return (p, logit);
    }

    public static FurnitureModel Parse(string json)
    {
        var model = JsonSerializer.Deserialize<FurnitureModel>(json) ?? throw new InvalidDataException("empty furniture model");
        if (model.FormatName != Format || model.Stages.Length == 0 || model.Gate.Trees is null
            || !model.Gate.Trees.Names.AsSpan().SequenceEqual(PageFeatures.Names)
            || !model.Stages[0].Names.AsSpan().SequenceEqual(LineFeatures.LocalNames)
            || model.Stages.Skip(1).Any(s => !s.Names.AsSpan().SequenceEqual(LineFeatures.ContextNames)))
        {
            throw new InvalidDataException("the furniture model was trained on other features than this build computes; rebuild it (docs/cleaning.md)");
        }

        return model;
    }

    private static FurnitureModel LoadEmbedded()
    {
        using var stream = typeof(FurnitureModel).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is not embedded in Triangulate.Extraction");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
