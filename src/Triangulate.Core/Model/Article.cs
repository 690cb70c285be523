using Triangulate.Core.Annotations;

namespace Triangulate.Core.Model;

/// <summary>
/// The central document model. <see cref="Text"/> is set once, by extraction, and never changes;
/// later stages only add annotation layers whose spans index into it.
/// </summary>
public sealed class Article
{
    public Article(string id, ArticleSource source, ArticleMetadata metadata, string text, IReadOnlyList<RemovedText>? removed = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Source = source;
        Metadata = metadata;
        Text = text;
        Removed = removed ?? [];
        Annotations.Bind(text.Length);
    }

    public string Id { get; }
    public ArticleSource Source { get; }

    /// <summary>Metadata may be refined by stages (e.g. a language guess), hence settable as a whole.</summary>
    public ArticleMetadata Metadata { get; set; }

    public string Text { get; }
    public IReadOnlyList<RemovedText> Removed { get; }
    public AnnotationSet Annotations { get; } = new();

    /// <summary>Outcomes of the stages that ran on this article, in order.</summary>
    public List<StageOutcome> Outcomes { get; } = [];

    /// <summary>The text under <paramref name="span"/>.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
