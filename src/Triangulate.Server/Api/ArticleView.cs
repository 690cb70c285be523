using Triangulate.Core.Dossier;

namespace Triangulate.Server.Api;

/// <summary>An article as the dossier shows it, plus the annotation layers the installed stages produced (<see cref="Layers"/> names them).</summary>
public sealed record ArticleView(DossierArticle Article, List<string> Layers, List<AnnotationSpan> Annotations);
