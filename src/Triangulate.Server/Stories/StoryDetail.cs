using Triangulate.Core.Dossier;

namespace Triangulate.Server.Stories;

/// <summary>One story's dossier section and the articles it groups (without their text, which the article endpoint serves).</summary>
public sealed record StoryDetail(DossierStory Story, List<ArticleBrief> Articles);
