using System.Globalization;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Export;

/// <summary>
/// One flat table of an export (docs/export.md). A cell holds a string, an int, a double, a
/// <see cref="DateTimeOffset"/>, a list of strings or a list of <see cref="Evidence"/>, or null. CSV writes
/// lists joined by <see cref="ListSeparator"/> and evidence as <c>articleId:start+length</c>; JSON Lines
/// keeps them as arrays.
/// </summary>
public sealed class ExportTable(string name, IReadOnlyList<string> columns)
{
    /// <summary>Between the items of a list in a CSV cell.</summary>
    public const string ListSeparator = "; ";

    public string Name { get; } = name;

    public IReadOnlyList<string> Columns { get; } = columns;

    public List<object?[]> Rows { get; } = [];

    public void Add(params object?[] cells)
    {
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"{Name}: {cells.Length} cells for {Columns.Count} columns.", nameof(cells));
        }

        Rows.Add(cells);
    }

    /// <summary>The cell as text, the way CSV and Markdown show it.</summary>
    public static string? Text(object? cell) => cell switch
    {
        null => null,
        string s => s,
        int n => n.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture),
        IReadOnlyList<Evidence> evidence => string.Join(ListSeparator, evidence.Select(Citation)),
        IReadOnlyList<string> list => string.Join(ListSeparator, list),
        _ => throw new ArgumentException($"unexpected cell type {cell.GetType().Name}", nameof(cell)),
    };

    /// <summary>Where a piece of evidence lies: <c>articleId:start+length</c>, characters of the article text.</summary>
    public static string Citation(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        return string.Create(CultureInfo.InvariantCulture, $"{evidence.ArticleId}:{evidence.Start}+{evidence.Length}");
    }
}
