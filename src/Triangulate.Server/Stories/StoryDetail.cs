using Triangulate.Core.Dossier;

namespace Triangulate.Server.Stories;

/// <summary>One story's dossier section and the articles it groups (without their text, which the article endpoint
/// serves), with when it last changed and how. <see cref="Pending"/>: new articles wait for a section recompute.</summary>
public sealed record StoryDetail(DossierStory Story, List<ArticleBrief> Articles, DateTimeOffset Updated, StoryChange? LastChange, bool Pending);
