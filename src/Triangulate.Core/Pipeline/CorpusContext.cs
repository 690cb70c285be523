using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// What corpus stages read and write: the articles of the run (in publication order where known), the
/// stories being assembled, per-article lineage assignments, and diagnostics. Intermediate results that
/// one corpus stage hands to a later one go in <see cref="Items"/> under the producing stage's declared name.
/// </summary>
public sealed class CorpusContext(IReadOnlyList<Article> articles)
{
    public IReadOnlyList<Article> Articles { get; } = articles;

    /// <summary>Stories of the dossier; null until a clustering stage produces them (the section is then absent).</summary>
    public List<DossierStory>? Stories { get; set; }

    /// <summary>Article id → lineage id, filled by the lineage stage.</summary>
    public Dictionary<string, string> LineageOf { get; } = new(StringComparer.Ordinal);

    public List<Diagnostic> Diagnostics { get; } = [];

    public Dictionary<string, object> Items { get; } = new(StringComparer.Ordinal);
}
