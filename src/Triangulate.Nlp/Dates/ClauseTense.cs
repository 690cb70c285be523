namespace Triangulate.Nlp.Dates;

/// <summary>Where the verb of an expression's clause points in time.</summary>
internal enum ClauseTense
{
    /// <summary>No cue: the expression keeps its default reading.</summary>
    None,

    /// <summary>"was", "had", "said", a past-tense verb: the most recent occurrence.</summary>
    Past,

    /// <summary>"will", "is scheduled to", "slated for", "plans to": the next occurrence.</summary>
    Future,

    /// <summary>"would" (future seen from a past moment): the nearer occurrence, either way.</summary>
    Prospective,

    /// <summary>"is", "are": a present clause, which says nothing about direction (internal to the search).</summary>
    Present,
}
