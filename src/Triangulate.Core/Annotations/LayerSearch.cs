namespace Triangulate.Core.Annotations;

/// <summary>
/// Binary search over a layer. Layers are sorted by start (<see cref="AnnotationSet"/>), so the annotation at an
/// offset is found in log n: stages that looked it up by scanning the whole layer for every mention, claim or date
/// were quadratic on long texts.
/// </summary>
public static class LayerSearch
{
    /// <summary>The index of the first annotation starting at or after <paramref name="offset"/> (the layer's count when none does).</summary>
    public static int FirstStartingAtOrAfter<T>(IReadOnlyList<T> layer, int offset)
        where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(layer);
        int low = 0, high = layer.Count;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (layer[mid].Span.Start < offset)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        return low;
    }

    /// <summary>The index of the last annotation starting at or before <paramref name="offset"/>, or -1.</summary>
    public static int LastStartingAtOrBefore<T>(IReadOnlyList<T> layer, int offset)
        where T : IAnnotation =>
        offset == int.MaxValue ? layer.Count - 1 : FirstStartingAtOrAfter(layer, offset + 1) - 1;
}
