using Triangulate.Core.Diagnostics;
using Triangulate.Core.Ingest;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// Turns a raw document into an <see cref="Article"/>: main text, metadata and boilerplate removal.
/// This is the only place an article's text is decided.
/// </summary>
public interface IDocumentExtractor
{
    string Name { get; }
    string Version { get; }

    ExtractionResult Extract(RawDocument document, CancellationToken cancellationToken);
}

/// <summary>An article (null when nothing usable was found) and what the extractor has to say about it.</summary>
public sealed record ExtractionResult(Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
