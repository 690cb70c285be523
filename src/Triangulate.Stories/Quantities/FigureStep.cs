using Triangulate.Core.Annotations;

namespace Triangulate.Stories.Quantities;

/// <summary>One value of a figure track while it is built: the statements that give it and when they held.</summary>
internal sealed class FigureStep(double value, double? valueMax)
{
    public double Value { get; } = value;
    public double? ValueMax { get; } = valueMax;
    public List<int> Indexes { get; } = [];
    public List<string> ArticleIds { get; } = [];
    public string Bound { get; set; } = Bounds.Exact;
    public DateTimeOffset? First { get; set; }
    public DateTimeOffset? Last { get; set; }

    /// <summary>True when a statement of this value presents it as a revision ("has risen to 16").</summary>
    public bool Revises { get; set; }

    public void Add(int index, FigureStatement statement, bool revises)
    {
        // Exact when any statement gives the value exactly; otherwise the first statement's bound.
        if (Indexes.Count == 0 || statement.Quantity.Bound == Bounds.Exact)
        {
            Bound = statement.Quantity.Bound;
        }

        Indexes.Add(index);
        if (!ArticleIds.Contains(statement.Article.Id))
        {
            ArticleIds.Add(statement.Article.Id);
        }

        if (statement.AsOf is { } at)
        {
            First = First is null || at < First ? at : First;
            Last = Last is null || at > Last ? at : Last;
        }

        Revises |= revises;
    }
}
