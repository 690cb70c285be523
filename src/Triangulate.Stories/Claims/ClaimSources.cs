using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;
using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Who a statement rests on. A sentence that relays another outlet ("the Times reported", "told Axios", a line
/// of an excerpt) rests on that outlet: on its lineage when the story holds an article of it (by outlet name or
/// by the name its lineage credits), else on "relay:&lt;outlet key&gt;", so that two articles relaying one
/// absent outlet count once. Every other sentence rests on its own lineage.
/// </summary>
public sealed class ClaimSources
{
    /// <summary>The prefix of a source that no article of the story publishes.</summary>
    public const string AbsentOutletPrefix = "relay:";

    private readonly IReadOnlyDictionary<string, List<RelayMention>> _mentions;
    private readonly List<(string Name, string Lineage)> _outlets = [];
    private readonly Dictionary<string, string> _newsroomOf = new(StringComparer.Ordinal);

    /// <param name="articles">The story's articles.</param>
    /// <param name="lineageOf">Article id → lineage id.</param>
    /// <param name="lineages">The corpus's lineages, whose credited origins name outlets too (may be null).</param>
    /// <param name="mentions">Article id → relays (<see cref="RelayStage.Mentions"/>).</param>
    public ClaimSources(IReadOnlyList<Article> articles, IReadOnlyDictionary<string, string> lineageOf, IReadOnlyList<DossierLineage>? lineages,
        IReadOnlyDictionary<string, List<RelayMention>> mentions)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(lineageOf);
        _mentions = mentions ?? throw new ArgumentNullException(nameof(mentions));
        var inStory = new HashSet<string>(StringComparer.Ordinal);
        var publishers = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            var lineage = lineageOf.GetValueOrDefault(article.Id) ?? article.Id;
            inStory.Add(lineage);
            if (!publishers.TryGetValue(lineage, out var keys))
            {
                publishers[lineage] = keys = new HashSet<string>(StringComparer.Ordinal);
            }

            if (article.Metadata.Outlet is { Length: > 0 } outlet)
            {
                _outlets.Add((outlet, lineage));
                keys.Add(OutletNames.Key(outlet));
            }
            else
            {
                keys.Add(string.Empty); // an article of unknown outlet: the lineage's newsroom is unknown
            }
        }

        // Only a lineage that one outlet alone published has a newsroom: an agency credit ("AP contributed to this
        // report") marks a share of the copy, not whose reporting the whole article is.
        foreach (var (lineage, keys) in publishers)
        {
            if (keys.Count == 1 && keys.First() is { Length: > 0 } key)
            {
                _newsroomOf[lineage] = key;
            }
        }

        foreach (var lineage in lineages ?? [])
        {
            if (inStory.Contains(lineage.Id) && lineage.Origin?.Name is { Length: > 0 } origin)
            {
                _outlets.Add((origin, lineage.Id));

                // The credited origin tells one publisher's copies apart, never joins two publishers: an aggregator's
                // AP story and its Reuters story are two newsrooms' words.
                if (_newsroomOf.TryGetValue(lineage.Id, out var publisher) && OutletNames.Key(origin) is var credited && credited != publisher)
                {
                    _newsroomOf[lineage.Id] = publisher + " via " + credited;
                }
            }
        }
    }

    /// <summary>The newsroom whose reporting <paramref name="source"/> (a lineage of the story) is: the outlet key of
    /// the one outlet that published every article of the lineage, with the agency it credits when that is another
    /// ("yahoo via associated press"); null for an outlet outside the story, or a lineage run by several outlets or by
    /// one of unknown outlet.</summary>
    public string? NewsroomOf(string source) => _newsroomOf.GetValueOrDefault(source);

    /// <summary>
    /// The source of the statement at <paramref name="sentence"/>, the outlet it relays (null when its own), and
    /// whether that outlet itself is the voice ("the Times reported", an excerpt) rather than someone who spoke to it
    /// ("X told the Times").
    /// </summary>
    public (string Source, string? Relayed, bool OutletVoice) Of(Article article, TextSpan sentence, string lineage)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!_mentions.TryGetValue(article.Id, out var relays))
        {
            return (lineage, null, false);
        }

        foreach (var relay in relays)
        {
            if (!relay.Span.Overlaps(sentence))
            {
                continue;
            }

            var target = LineageOf(relay.Key);
            if (target != lineage)
            {
                return (target ?? AbsentOutletPrefix + relay.Key, relay.Outlet, relay.Kind is RelayKinds.Reported or RelayKinds.Excerpt);
            }
        }

        return (lineage, null, false);
    }

    private string? LineageOf(string key)
    {
        foreach (var (name, lineage) in _outlets)
        {
            if (OutletDirectory.SameOutlet(key, name))
            {
                return lineage;
            }
        }

        return null;
    }
}
