using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine;

/// <summary>Everything one run produced: articles in input order, diagnostics, store counts and timings.</summary>
public sealed class AnalysisResult
{
    /// <summary>The run's articles in input order, each once; filled only when the corpus stages ran (they need the
    /// articles). <see cref="ArticleIds"/> is always filled.</summary>
    public List<Article> Articles { get; } = [];

    /// <summary>The ids of the run's articles in input order, each once, whether or not <see cref="Articles"/> is kept.</summary>
    public List<string> ArticleIds { get; } = [];
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
