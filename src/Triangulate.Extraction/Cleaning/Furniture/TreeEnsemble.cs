using System.Text.Json.Serialization;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// Gradient-boosted regression trees over dense features: the sum of the leaves a row reaches is a logit.
/// Each tree is stored flat: node i splits on <see cref="Tree.Feature"/>[i] at <see cref="Tree.Threshold"/>[i]
/// (a row goes left when its value is at most the threshold), or is a leaf when its feature is -1.
/// </summary>
internal sealed class TreeEnsemble
{
    [JsonPropertyName("names")]
    public required string[] Names { get; init; }

    [JsonPropertyName("bias")]
    public double Bias { get; init; }

    [JsonPropertyName("trees")]
    public required Tree[] Trees { get; init; }

    public double Logit(float[] row)
    {
        var z = Bias;
        foreach (var tree in Trees)
        {
            z += tree.Value(row);
        }

        return z;
    }

    public static double Sigmoid(double z) => 1 / (1 + Math.Exp(-z));

    /// <summary>One tree; children of node i are <see cref="Left"/>[i] and <see cref="Right"/>[i].</summary>
    internal sealed class Tree
    {
        [JsonPropertyName("feature")]
        public required int[] Feature { get; init; }

        [JsonPropertyName("threshold")]
        public required float[] Threshold { get; init; }

        [JsonPropertyName("left")]
        public required int[] Left { get; init; }

        [JsonPropertyName("right")]
        public required int[] Right { get; init; }

        [JsonPropertyName("value")]
        public required float[] Leaf { get; init; }

        public double Value(float[] row)
        {
            var node = 0;
            while (Feature[node] >= 0)
            {
                node = row[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            }

            return Leaf[node];
        }
    }
}
