using Triangulate.Core.Dossier;

namespace Triangulate.Stories.Timeline;

/// <summary>An event being assembled: the first article's phrase and expression, everyone's evidence.</summary>
internal sealed class TimelineEvent(string date, string precision, string phrase, string expression, string articleId, Evidence evidence)
{
    private readonly List<string> _articleIds = [articleId];
    private readonly List<Evidence> _evidence = [evidence];

    public string Date { get; } = date;

    public HashSet<string> Keywords { get; } = EventPhrase.Keywords(phrase);

    public int ArticleCount => _articleIds.Count;

    public void Absorb(TimelineEvent other)
    {
        Keywords.UnionWith(other.Keywords);
        foreach (var id in other._articleIds)
        {
            if (!_articleIds.Contains(id))
            {
                _articleIds.Add(id);
            }
        }

        foreach (var e in other._evidence)
        {
            if (!_evidence.Contains(e))
            {
                _evidence.Add(e);
            }
        }
    }

    public DossierTimelineEntry ToEntry() => new()
    {
        Date = Date,
        Precision = precision,
        Event = phrase,
        Expression = expression,
        ArticleIds = [.. _articleIds],
        Evidence = [.. _evidence],
    };
}
