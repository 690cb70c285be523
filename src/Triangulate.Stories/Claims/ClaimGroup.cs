namespace Triangulate.Stories.Claims;

/// <summary>The statements of several articles that say the same thing; the first member is the earliest.</summary>
public sealed class ClaimGroup
{
    public List<ClaimCandidate> Members { get; } = [];

    public ClaimCandidate First => Members[0];

    /// <summary>Distinct sources among the supporting statements: lineages, with a statement that relays another
    /// outlet counted as that outlet's (<see cref="ClaimCandidate.Source"/>); never the article count.</summary>
    public int IndependentSources => Members.Select(m => m.Source).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Set by the aligner when members give different figures for the same counted thing.</summary>
    public bool HasNumericDisagreement { get; set; }

    /// <summary>True when the statements are voiced by a speaker rather than the outlet.</summary>
    public bool IsAttributed() => First.IsAttributed;
}
