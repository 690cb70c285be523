namespace Triangulate.Stories.Relays;

/// <summary>How an article relays another outlet (docs/figures.md#relays).</summary>
public static class RelayKinds
{
    /// <summary>"the Times reported", "according to Reuters", "first reported by Politico".</summary>
    public const string Reported = "reported";

    /// <summary>"quoted by Axios", "Bloomberg quoted", "cited by CNN".</summary>
    public const string Quoted = "quoted";

    /// <summary>"told Axios", "in an interview with CNN": a statement made to another outlet.</summary>
    public const string Told = "told";

    /// <summary>A passage taken from another outlet's report, introduced by a relay ending in a colon.</summary>
    public const string Excerpt = "excerpt";
}
