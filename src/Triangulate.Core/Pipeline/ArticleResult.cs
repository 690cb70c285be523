using Triangulate.Core.Diagnostics;
using Triangulate.Core.Model;

namespace Triangulate.Core.Pipeline;

/// <summary>The outcome for one ingested item: its article (null when none could be made) and its diagnostics.</summary>
/// <param name="Sequence">Position of the item in the input stream, so parallel results can be put back in order.</param>
public sealed record ArticleResult(long Sequence, string Input, Article? Article, IReadOnlyList<Diagnostic> Diagnostics);
