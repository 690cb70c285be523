using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine;

/// <summary>Everything one run produced: articles in input order, diagnostics, store counts and timings.</summary>
public sealed class AnalysisResult
{
    public List<Article> Articles { get; } = [];

    public List<Diagnostic> Diagnostics { get; } = [];
    public int Added { get; set; }
    public int AlreadyStored { get; set; }
    public long InputChars { get; set; }
    public int Items { get; set; }
    public CorpusContext? Corpus { get; set; }
    public TimeSpan ArticleStagesElapsed { get; set; }
    public TimeSpan CorpusStagesElapsed { get; set; }

    /// <summary>True when some input produced an error-level diagnostic.</summary>
    public bool HasInputErrors => Diagnostics.Exists(d => d.Level == DiagnosticLevel.Error);
}
