namespace Triangulate.Core.Model;

/// <summary>
/// A piece of the extracted text that cleaning removed from <see cref="Article.Text"/>, kept so that
/// nothing disappears silently. <see cref="Kind"/> is one of <see cref="RemovedKinds"/>.
/// </summary>
public sealed record RemovedText(string Kind, string Text);
