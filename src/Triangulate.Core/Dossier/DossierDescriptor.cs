namespace Triangulate.Core.Dossier;

/// <summary>Words an outlet attaches to an entity ("authoritarian leader").</summary>
public sealed record DossierDescriptor(string Text, string ArticleId, int Start, int Length);
