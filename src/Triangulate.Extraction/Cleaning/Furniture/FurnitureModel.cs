using System.Text.Json;
using System.Text.Json.Serialization;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// The page-furniture line model: a gate (<see cref="FurnitureGate"/>), then two stacked ensembles of boosted trees
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

    [JsonPropertyName("local")]
    public required TreeEnsemble Local { get; init; }

    [JsonPropertyName("context")]
    public required TreeEnsemble Context { get; init; }

    /// <summary>A line whose stage-two probability is below this is furniture.</summary>
    [JsonPropertyName("threshold")]
    public double Threshold { get; init; } = 0.5;

    [JsonPropertyName("training")]
    public Dictionary<string, JsonElement> Training { get; init; } = [];

    public static FurnitureModel Default => Embedded.Value;

    /// <summary>The probability that each shape is story text.</summary>
    public double[] Predict(List<LineShape> shapes)
    {
        var local = LineFeatures.Local(shapes);
        var logit = new double[shapes.Count];
        var p = new double[shapes.Count];
        for (var k = 0; k < shapes.Count; k++)
        {
            logit[k] = Local.Logit(local[k]);
            p[k] = TreeEnsemble.Sigmoid(logit[k]);
        }

        var context = LineFeatures.Context(shapes, local, p, logit);
        var result = new double[shapes.Count];
        for (var k = 0; k < shapes.Count; k++)
        {
            result[k] = TreeEnsemble.Sigmoid(Context.Logit(context[k]));
        }

        return result;
    }

    public static FurnitureModel Parse(string json)
    {
        var model = JsonSerializer.Deserialize<FurnitureModel>(json) ?? throw new InvalidDataException("empty furniture model");
        if (model.FormatName != Format
            || !model.Local.Names.AsSpan().SequenceEqual(LineFeatures.LocalNames)
            || !model.Context.Names.AsSpan().SequenceEqual(LineFeatures.ContextNames))
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
