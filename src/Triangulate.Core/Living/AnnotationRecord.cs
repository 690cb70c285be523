namespace Triangulate.Core.Living;

/// <summary>An article's annotation layers in compact form, tagged with the version of the pipeline that produced them.</summary>
public sealed record AnnotationRecord(string ArticleId, string Version, byte[] Data);
