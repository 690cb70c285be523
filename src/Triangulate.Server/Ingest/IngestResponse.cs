using Triangulate.Core.Dossier;

namespace Triangulate.Server.Ingest;

/// <summary>What an ingest call did: items read, articles new to the store, their ids, and diagnostics.</summary>
public sealed record IngestResponse(int Items, int Added, int AlreadyStored, List<string> ArticleIds, List<DossierDiagnostic> Diagnostics);
