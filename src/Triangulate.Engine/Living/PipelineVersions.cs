using System.Security.Cryptography;
using System.Text;
using Triangulate.Core.Pipeline;

namespace Triangulate.Engine.Living;

/// <summary>
/// Versions of derived state: stored annotations carry <see cref="Annotations"/> (the extractor and every
/// per-article stage, by name and version), stored sections carry <see cref="Sections"/> (the lineage summary
/// and every section stage). A change to any stage's version makes the stored state stale, which
/// <c>triangulate reprocess</c> migrates.
/// </summary>
public sealed class PipelineVersions
{
    /// <summary>Bumped when the engine changes how it assembles sections from stage output.</summary>
    private const string SectionFormat = "sections/1";

    public PipelineVersions(Pipeline pipeline, IEnumerable<IStage> sectionStages)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        Annotations = Hash(pipeline.ArticleStages.Select(s => $"{s.Name}@{s.Version}").Prepend($"{pipeline.Extractor.Name}@{pipeline.Extractor.Version}"));
        Sections = Hash(sectionStages.Select(s => $"{s.Name}@{s.Version}").Prepend(SectionFormat).Append("annotations:" + Annotations));
    }

    public string Annotations { get; }

    public string Sections { get; }

    private static string Hash(IEnumerable<string> parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
