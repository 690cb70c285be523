using System.Text.Json.Serialization;

namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// Decides whether a text is a copied web page (menus, link lists, footers around the story) rather than an article
/// as written: the line model runs only then, so an article's own short lines (subheads, lists, tables) are safe.
/// A cheap count of short lines comes first (most articles stop there); then boosted trees over
/// <see cref="PageFeatures"/>, trained on the scraped dev pages against articles as written (gold bodies and news
/// wire text), with a threshold that lets almost no article through.
/// </summary>
internal sealed class FurnitureGate
{
    /// <summary>Below this many short lines (<see cref="PageFeatures.IsShort"/>) a text is never a copied page.</summary>
    [JsonPropertyName("minShortLines")]
    public int MinShortLines { get; init; } = 4;

    [JsonPropertyName("trees")]
    public TreeEnsemble? Trees { get; init; }

    [JsonPropertyName("threshold")]
    public double Threshold { get; init; } = 0.5;

    public bool IsPage(List<LineShape> shapes) => Probability(shapes) >= Threshold;

    public double Probability(List<LineShape> shapes)
    {
        var count = 0;
        foreach (var s in shapes)
        {
            count += PageFeatures.IsShort(s) ? 1 : 0;
        }

        if (count < MinShortLines)
        {
            return 0;
        }

        // No trees: every text with enough short lines is taken for a copied page (evaluation tools only; a model
        // file must carry them).
        return Trees is null ? 1 : TreeEnsemble.Sigmoid(Trees.Logit(PageFeatures.Of(new PageProfile(shapes))));
    }
}
