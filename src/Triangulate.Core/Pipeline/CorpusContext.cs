using Triangulate.Core.Diagnostics;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// What corpus stages read and write: the articles of the run (in publication order where known), the results
/// stages hand to later ones under typed <see cref="CorpusKey{T}"/> names, and diagnostics. A stage reads only
/// results it declares in <see cref="IStage.Requires"/>; <see cref="Pipeline.Create"/> checks that an earlier
/// stage produces each of them.
/// </summary>
public sealed class CorpusContext(IReadOnlyList<Article> articles)
{
    private readonly Dictionary<string, object> _results = new(StringComparer.Ordinal);

    public IReadOnlyList<Article> Articles { get; } = articles;

    public List<Diagnostic> Diagnostics { get; } = [];

    /// <summary>Stories of the dossier; null until a clustering stage produces them (the section is then absent).</summary>
    public List<DossierStory>? Stories
    {
        get => TryGet(CorpusKeys.Stories);
        set
        {
            if (value is null)
            {
                _results.Remove(CorpusKeys.Stories.Name);
            }
            else
            {
                Set(CorpusKeys.Stories, value);
            }
        }
    }

    /// <summary>Article id → lineage id. Empty until the lineage stage fills it: an article with no entry is its
    /// own source.</summary>
    public Dictionary<string, string> LineageOf => GetOrAdd(CorpusKeys.LineageOf, static () => new Dictionary<string, string>(StringComparer.Ordinal));

    public void Set<T>(CorpusKey<T> key, T value) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        _results[key.Name] = value;
    }

    /// <summary>The result under <paramref name="key"/>, or null when no stage produced it.</summary>
    public T? TryGet<T>(CorpusKey<T> key) where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        return _results.TryGetValue(key.Name, out var value) ? (T)value : null;
    }

    /// <exception cref="InvalidOperationException">No stage produced <paramref name="key"/>: the pipeline was
    /// built without its producer, which <see cref="Pipeline.Create"/> refuses.</exception>
    public T Get<T>(CorpusKey<T> key) where T : class =>
        TryGet(key) ?? throw new InvalidOperationException($"No stage produced the corpus result '{key.Name}'.");

    public T GetOrAdd<T>(CorpusKey<T> key, Func<T> create) where T : class
    {
        ArgumentNullException.ThrowIfNull(create);
        if (TryGet(key) is { } existing)
        {
            return existing;
        }

        var value = create();
        Set(key, value);
        return value;
    }

    public bool Has(ICorpusKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _results.ContainsKey(key.Name);
    }
}
