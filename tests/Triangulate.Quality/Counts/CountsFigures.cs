using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Quality.Counts;

/// <summary>The figures an article's measurements label deaths or injured for the whole event (scope null).</summary>
internal static class CountsFigures
{
    public static IReadOnlyCollection<CountsFigure> Of(Article? article)
    {
        if (article is null || !article.Annotations.Has(Layers.Quantities))
        {
            return [];
        }

        var result = new List<CountsFigure>();
        foreach (var q in article.Annotations.Get(Layers.Quantities))
        {
            // A figure scoped to a part (a condition, a sub-group, a province) is not a count of the whole incident.
            if (q.Counted is CountsFigure.Deaths or CountsFigure.Injured && q.Scope is null)
            {
                result.Add(new CountsFigure(q.Value, q.Counted, !q.Implicit));
            }
        }

        return result;
    }
}
