using Triangulate.Core.Diagnostics;

namespace Triangulate.Engine.Living;

/// <summary>Everything one streaming ingest did: its articles (ids in input order), diagnostics in input order,
/// store counts, the stories it touched, and where the time went.</summary>
public sealed class IngestOutcome
{
    public List<string> ArticleIds { get; } = [];
    public List<Diagnostic> Diagnostics { get; } = [];
    public HashSet<string> TouchedStories { get; } = new(StringComparer.Ordinal);
    public int Added { get; set; }
    public int AlreadyStored { get; set; }
    public int Items { get; set; }
    public long InputChars { get; set; }
    public int Batches { get; set; }
    public int Events { get; set; }
    public int SectionsRecomputed { get; set; }

    /// <summary>Wall time of each writer step (batch commit plus due section work), in order.</summary>
    public List<TimeSpan> BatchTimes { get; } = [];
    public TimeSpan Elapsed { get; set; }
    public TimeSpan FlushElapsed { get; set; }

    public bool HasInputErrors => Diagnostics.Exists(d => d.Level == DiagnosticLevel.Error);
}
