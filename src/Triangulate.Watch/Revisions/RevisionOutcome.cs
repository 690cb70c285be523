namespace Triangulate.Watch.Revisions;

/// <summary>What recording a fetched article did.</summary>
public enum RevisionOutcome
{
    /// <summary>First time seen: stored as revision 1.</summary>
    New,

    /// <summary>Seen before with another text or headline: stored as the next revision.</summary>
    Revised,

    /// <summary>Same headline and text as the newest revision: nothing stored.</summary>
    Unchanged,
}
