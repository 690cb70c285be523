using Triangulate.Core.Dossier;

namespace Triangulate.Core.Storage;

/// <summary>
/// One difference between two revisions of an article. <see cref="Op"/>: <c>changed</c> (a sentence rewritten:
/// both sides), <c>added</c> (only <see cref="After"/>), <c>removed</c> (only <see cref="Before"/>), or
/// <c>title</c> (the headline changed: both sides name the revisions' articles with an empty span and the
/// headline as text). Evidence offsets are into each revision's own article text.
/// </summary>
/// <param name="Aspects">What the change touches beyond wording: <c>figure</c> (a number), <c>quote</c> (quoted words),
/// <c>attribution</c> (who is credited with a quote). Empty for a plain rewording.</param>
public sealed record RevisionChange(string Op, Evidence? Before, Evidence? After)
{
    public IReadOnlyList<string> Aspects { get; init; } = [];
}
