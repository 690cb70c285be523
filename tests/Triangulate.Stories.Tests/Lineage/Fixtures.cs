using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Tests.Lineage;

/// <summary>Small hand-made articles for lineage unit tests.</summary>
internal static class Fixtures
{
    public const string Wire =
        "A section of the old footbridge over the river collapsed on Saturday evening during a crowded night market, injuring at least twelve people, city officials said.\n\n" +
        "The central span gave way at about seven in the evening, dropping several people onto the riverbank and into shallow water below, according to the fire service.\n\n" +
        "Rescue crews pulled everyone from the water within the hour and no one was reported missing, the service added in a statement issued late on Saturday.\n\n" +
        "The council had deferred a planned repair of the footbridge until next year in a budget vote earlier this month, a decision opposition members criticised.";

    public static Article Article(string name, string text, DateTimeOffset? published = null, string? outlet = null, IReadOnlyList<string>? credited = null) =>
        new(ArticleId.Compute(outlet, name, text), new ArticleSource(name),
            new ArticleMetadata { Outlet = outlet, Published = published, CreditedSources = credited ?? [] }, text);

    public static ArticleFingerprint Fingerprint(string name, string text, LineageOptions? options = null, IReadOnlyList<string>? credited = null)
    {
        var article = Article(name, text, credited: credited);
        return ArticleFingerprint.Create(article.Id, text, new CreditDetector().Detect(article), null, options ?? new LineageOptions());
    }
}
