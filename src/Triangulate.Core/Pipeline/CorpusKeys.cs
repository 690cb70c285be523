using Triangulate.Core.Dossier;

namespace Triangulate.Core.Pipeline;

/// <summary>
/// The corpus results whose types live in Core. A stage-specific intermediate result (claim groups, cluster
/// decisions) has its key beside the stage that produces it. A story section (timeline, conflicts…) is written
/// on each <see cref="DossierStory"/>; its key names the section so a later stage can declare that it reads it.
/// </summary>
public static class CorpusKeys
{
    /// <summary>Article id → lineage id, for every article of the corpus (a lone article is its own lineage).</summary>
    public static readonly CorpusKey<Dictionary<string, string>> LineageOf = new("lineage-of");

    /// <summary>The lineages of the corpus, in order of first publication.</summary>
    public static readonly CorpusKey<List<DossierLineage>> Lineages = new("lineages");

    /// <summary>Article id → the other outlets it relays ("the Times reported", "told Axios"), for every article
    /// of the corpus (an article relaying no one has an empty list).</summary>
    public static readonly CorpusKey<Dictionary<string, List<DossierRelay>>> Relays = new("relays");

    /// <summary>The stories of the corpus, each with its article ids (publication order).</summary>
    public static readonly CorpusKey<List<DossierStory>> Stories = new("stories");

    /// <summary>Year-less dates of undated articles placed from their story (written on the articles' date layers).</summary>
    public static readonly CorpusKey<List<DossierStory>> StoryDates = new("story-dates");

    /// <summary>Name keys known as places across the whole corpus, when the corpus is larger than the context's
    /// articles (a living store computing one story); absent in a batch run, where the articles are the corpus.</summary>
    public static readonly CorpusKey<IReadOnlySet<string>> KnownPlaces = new("known-places");

    /// <summary>Name keys known as organisations (outlets, credited sources) across the whole corpus; see <see cref="KnownPlaces"/>.</summary>
    public static readonly CorpusKey<IReadOnlySet<string>> KnownOrganisations = new("known-organisations");

    public static readonly CorpusKey<List<DossierEntity>> StoryEntities = new("story-entities");
    public static readonly CorpusKey<List<DossierQuoteFamily>> QuoteFamilies = new("quote-families");
    public static readonly CorpusKey<List<DossierQuantity>> StoryQuantities = new("story-quantities");

    /// <summary>Each story's figure tracks (story.FigureTracks), built with its measurements.</summary>
    public static readonly CorpusKey<List<DossierFigureTrack>> FigureTracks = new("figure-tracks");
    public static readonly CorpusKey<List<DossierTimelineEntry>> Timeline = new("timeline");
    public static readonly CorpusKey<List<DossierConflict>> Conflicts = new("conflicts");
    public static readonly CorpusKey<List<DossierFraming>> Framing = new("framing");
    public static readonly CorpusKey<List<DossierSummarySentence>> Summary = new("summary");
}
