namespace Triangulate.Server.Ingest;

/// <summary>The request cannot be ingested as sent (unknown format, missing content, refused URL).</summary>
public sealed class IngestRejectedException(string message) : Exception(message);
