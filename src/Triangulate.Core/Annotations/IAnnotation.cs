using Triangulate.Core.Model;

namespace Triangulate.Core.Annotations;

/// <summary>Anything a stage attaches to an article: it always points at characters of <see cref="Article.Text"/>.</summary>
public interface IAnnotation
{
    TextSpan Span { get; }
}
