using System.Text.Json;
using Triangulate.Core.Model;
using Triangulate.Core.Pipeline;
using Triangulate.Engine.Living;

namespace Triangulate.Cluster.Grains;

/// <summary>Turns annotated articles into <see cref="ArticlePacket"/>s and back, for one pipeline (both ends must
/// run the same pipeline version; the writer checks it through the store's annotation versions as usual).</summary>
public sealed class ArticlePacker(Pipeline pipeline)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly AnnotationCodec _codec = AnnotationCodec.For([pipeline.Extractor, .. pipeline.ArticleStages, .. pipeline.CorpusStages]);

    public ArticlePacket Pack(Article article)
    {
        var header = new Header(article.Source, article.Metadata, article.Text, [.. article.Removed]);
        return new ArticlePacket(article.Id, JsonSerializer.SerializeToUtf8Bytes(header, Json), _codec.Encode(article));
    }

    public Article Unpack(ArticlePacket packet)
    {
        var header = JsonSerializer.Deserialize<Header>(packet.Header, Json) ?? throw new InvalidDataException($"article packet {packet.Id} has no header");
        var article = new Article(packet.Id, header.Source, header.Metadata, header.Text, header.Removed);
        _codec.Decode(packet.Annotations, article);
        return article;
    }

    private sealed record Header(ArticleSource Source, ArticleMetadata Metadata, string Text, RemovedText[] Removed);
}
