using Triangulate.Core.Ingest;

namespace Triangulate.Watch;

/// <summary>Takes a fetched page or feed entry as a raw document instead of extracting and storing it in the watcher's
/// process: a cluster's source grain appends it to the ingest log, and the silos store it.</summary>
public delegate Task DocumentSink(RawDocument document, CancellationToken cancellationToken);
