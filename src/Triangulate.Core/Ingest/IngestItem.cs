using Triangulate.Core.Diagnostics;

namespace Triangulate.Core.Ingest;

/// <summary>What a reader yields: a document, a diagnostic about input it could not use, or both
/// (a document read with a warning, e.g. an encoding fallback).</summary>
public sealed record IngestItem(RawDocument? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static IngestItem Of(RawDocument document, params Diagnostic[] diagnostics) => new(document, diagnostics);

    public static IngestItem Failed(Diagnostic diagnostic) => new(null, [diagnostic]);
}
