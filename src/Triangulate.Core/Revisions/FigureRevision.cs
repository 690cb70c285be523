using Triangulate.Core.Dossier;

namespace Triangulate.Core.Revisions;

/// <summary>
/// One figure an edit changed: the value before and after (normalised as the quantity layer gives it), what it
/// counts as the text says, and the evidence on each side (offsets into each revision's own text). For the figure
/// tracks this is an update by the same outlet, as of <see cref="ArticleRevised.SeenAt"/>.
/// </summary>
public sealed record FigureRevision(double Before, double After, string? Unit, string? About, Evidence BeforeEvidence, Evidence AfterEvidence);
