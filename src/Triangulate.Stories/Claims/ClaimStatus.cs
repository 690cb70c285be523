namespace Triangulate.Stories.Claims;

/// <summary>The statuses a claim can have in the dossier.</summary>
public static class ClaimStatus
{
    /// <summary>Stated by at least two independent sources (lineages).</summary>
    public const string Corroborated = "corroborated";

    /// <summary>Stated by one lineage only, however many articles repeat it.</summary>
    public const string Unique = "unique";

    /// <summary>Sources state the proposition with different figures.</summary>
    public const string Conflicting = "conflicting";
}
