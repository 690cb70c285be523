using Triangulate.Core.Model;

namespace Triangulate.Extraction.Cleaning;

/// <summary>What one <see cref="BoilerplateCleaner.Clean"/> call has found so far.</summary>
internal sealed class CleaningState
{
    public List<(int Line, RemovedText Item)> Removed { get; } = [];
    public List<string> Credited { get; } = [];
    public string? Byline { get; set; }
    public string? Dateline { get; set; }
    public DateOnly? Date { get; set; }

    /// <summary>The line whose start is an inline dateline, or -1.</summary>
    public int DatelineLine { get; set; } = -1;

    /// <summary>A field, not a property, because the rules fill it through a ref parameter.</summary>
    public string? CopyrightHolder;
}
