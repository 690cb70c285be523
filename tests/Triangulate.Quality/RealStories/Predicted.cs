namespace Triangulate.Quality.RealStories;

/// <summary>A figure the dossier states, at one place: its span in the data text, value and ontology key.</summary>
internal sealed record PredictedQuantity(GoldSpan Span, double Value, string Counted)
{
    /// <summary>What the dossier said the figure is about (its about and unit), for the scorer's report.</summary>
    public string Said { get; init; } = "";
}

/// <summary>One side (a pair's side, or a figure track's step): where it was stated, its value and its call.</summary>
internal sealed record PredictedSide(IReadOnlyList<GoldSpan> Evidence, double? Value, IReadOnlyList<string> Articles, string? Call);

/// <summary>A predicted conflict track: a figure track with an update or contradiction step, or (today) a numeric conflict pair.</summary>
internal sealed record PredictedTrack(string Counted, IReadOnlyList<PredictedSide> Sides);

/// <summary>An article relaying an outlet, with the evidence span when the dossier gives one.</summary>
internal sealed record PredictedRelay(string Article, string Outlet, GoldSpan? Evidence);

/// <summary>A claim: its status and the statements it rests on.</summary>
internal sealed record PredictedClaim(string Status, IReadOnlyList<GoldSpan> Evidence);

/// <summary>A timeline entry: its date (YYYY, YYYY-MM or YYYY-MM-DD), the expression and its evidence.</summary>
internal sealed record PredictedTimelineEntry(string Date, string? Expression, IReadOnlyList<GoldSpan> Evidence);

/// <summary>A date conflict: the evidence of each side.</summary>
internal sealed record PredictedDateConflict(IReadOnlyList<IReadOnlyList<GoldSpan>> Sides);
