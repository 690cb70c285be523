namespace Triangulate.Quality.RealStories;

/// <summary>One hand-labelled story (labels/{dev,test}/&lt;story&gt;.json; rules in docs/real-gold.md).</summary>
internal sealed record GoldStory(
    string Id,
    string Split,
    string Dataset,
    IReadOnlyList<string> Articles,
    IReadOnlyList<GoldMeasurement> Measurements,
    IReadOnlyList<GoldTrack> Tracks,
    IReadOnlyList<GoldRelay> Relays,
    IReadOnlyList<GoldPair> Pairs,
    IReadOnlyList<GoldEvent> Events);

/// <summary>A labelled figure: its span, value, bound and ontology key (docs/figures.md).</summary>
internal sealed record GoldMeasurement(string Id, GoldSpan Span, double Value, string Bound, string Counted, string? Scope, bool Implicit)
{
    /// <summary>"dozens", "hundreds": the value is a convention, so any predicted value is accepted.</summary>
    public bool Vague { get; init; }
}

/// <summary>A (counted, scope) track: its steps in as-of order; a conflict when a step is an update or contradiction.</summary>
internal sealed record GoldTrack(string Id, string Counted, string? Scope, IReadOnlyList<GoldStep> Steps, bool Conflict)
{
    /// <summary>The indexes of the steps a predicted conflict track must hold: each update or contradiction step
    /// and the step before it.</summary>
    public IReadOnlySet<int> RequiredSteps()
    {
        var required = new SortedSet<int>();
        for (var i = 1; i < Steps.Count; i++)
        {
            if (Steps[i].Call is "update" or "contradiction")
            {
                required.Add(i - 1);
                required.Add(i);
            }
        }

        return required;
    }
}

/// <summary>One step of a track: the measurements giving one figure at one time, and the call against the step before.</summary>
internal sealed record GoldStep(IReadOnlyList<string> MeasurementIds, string? Call);

/// <summary>An article relaying an outlet; kind "ambiguous" marks a probable self-citation that is not scored.</summary>
internal sealed record GoldRelay(string Outlet, string Kind, GoldSpan Span);

/// <summary>Two statements in two articles: same | different | conflicting; Independent false when one lineage.</summary>
internal sealed record GoldPair(GoldSpan A, GoldSpan B, string Relation, bool Independent)
{
    public bool ShouldCorroborate => Relation == "same" && Independent;
}

/// <summary>A dated event: its key (same key = same event), the date expression, the clause, the date.</summary>
internal sealed record GoldEvent(string Key, GoldSpan Expression, GoldSpan? Clause, string Text, string Date, string Precision, string? Speaker);
