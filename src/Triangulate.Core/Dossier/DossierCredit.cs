namespace Triangulate.Core.Dossier;

/// <summary>
/// A line that cleaning removed from an article and that credits an entity as the article's source
/// ("With inputs from Reuters", the dateline "PARIS (AFP) -"). It is not in the article's cleaned text,
/// so it has no offsets; <see cref="Text"/> is the removed line exactly as the article's <c>removed</c>
/// list gives it, under the same <see cref="Kind"/>.
/// </summary>
public sealed record DossierCredit(string ArticleId, string Kind, string Text);
