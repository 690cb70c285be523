using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Export;

/// <summary>Numbers each distinct cited span (article, start, length) once, in order of first citation.</summary>
public sealed class MarkdownCitations
{
    private readonly Dictionary<(string, int, int), int> _numbers = [];
    private readonly List<Evidence> _inOrder = [];

    public int Count => _inOrder.Count;

    public IReadOnlyList<Evidence> InOrder => _inOrder;

    /// <summary>The span's number (1-based), given when first cited.</summary>
    public int Number(Evidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var key = (evidence.ArticleId, evidence.Start, evidence.Length);
        if (!_numbers.TryGetValue(key, out var number))
        {
            _inOrder.Add(evidence);
            number = _numbers[key] = _inOrder.Count;
        }

        return number;
    }
}
