using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>The spans of a layer, for the kernels that take spans (tokenizer output, sentence splits) rather than annotations.</summary>
public static class AnnotationSpans
{
    /// <summary>The spans of <paramref name="annotations"/>, in their order.</summary>
    public static TextSpan[] Of<T>(IReadOnlyList<T> annotations)
        where T : IAnnotation
    {
        ArgumentNullException.ThrowIfNull(annotations);
        var spans = new TextSpan[annotations.Count];
        for (var i = 0; i < spans.Length; i++)
        {
            spans[i] = annotations[i].Span;
        }

        return spans;
    }
}
