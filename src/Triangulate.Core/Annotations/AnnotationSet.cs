using System.Collections.Concurrent;
using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>
/// The typed annotation layers of one article. Setting a layer checks the offset invariant (every span
/// inside the text), so a stage that miscounts fails loudly at the point of the mistake, not in a report.
/// </summary>
public sealed class AnnotationSet
{
    private readonly ConcurrentDictionary<string, object> _layers = new(StringComparer.Ordinal);
    private int _textLength = -1;

    /// <summary>Called once by <see cref="Article"/> so spans can be checked against its text.</summary>
    internal void Bind(int textLength) => _textLength = textLength;

    public IEnumerable<string> Names => _layers.Keys;

    public bool Has(ILayerKey key) => _layers.ContainsKey(key.Name);

    public bool Has(string name) => name == Layers.Text || _layers.ContainsKey(name);

    /// <summary>The layer's annotations sorted by span, or an empty list when the layer is absent.</summary>
    public IReadOnlyList<T> Get<T>(LayerKey<T> key) where T : IAnnotation =>
        _layers.TryGetValue(key.Name, out var value) ? (IReadOnlyList<T>)value : [];

    /// <summary>Replaces a layer. Annotations are stored sorted by span start.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An annotation's span falls outside the text.</exception>
    public void Set<T>(LayerKey<T> key, IEnumerable<T> annotations) where T : IAnnotation
    {
        var list = annotations.ToList();
        foreach (var a in list)
        {
            if (_textLength >= 0 && !a.Span.IsWithin(_textLength))
            {
                throw new ArgumentOutOfRangeException(nameof(annotations), $"Layer '{key.Name}': span {a.Span} is outside the text (length {_textLength}).");
            }
        }

        list.Sort(static (x, y) => x.Span.CompareTo(y.Span));
        _layers[key.Name] = list.AsReadOnly();
    }
}
