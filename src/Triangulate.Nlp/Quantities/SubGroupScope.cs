using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Quantities;

/// <summary>
/// A count of a sub-group standing alone in an article that states a larger count of the same thing: "Six people were
/// killed. … Three children were among the victims" or "Three children died" after "six people were killed". The
/// smaller count is part of the whole, not a competing figure for it, so it takes the sub-group as its scope (as
/// "including three children" already does); a figure track then follows the children apart from the toll.
/// </summary>
internal static class SubGroupScope
{
    public static List<QuantityAnnotation> Apply(List<QuantityAnnotation> quantities)
    {
        // The whole comes first and the part after it ("Ten people were hurt … eight of the victims were teens"); a larger
        // count only later in the page is more often another incident or a city's tally than this event's whole.
        Dictionary<string, double>? largest = null;
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Scope is not null || q.Implicit || !CountedKeys.IsEventCount(q.Counted) || q.Qualifier == "vague")
            {
                continue;
            }

            if (largest is not null && largest.TryGetValue(q.Counted, out var whole) && q.Value < whole && SubGroupOf(q.Noun) is { } group)
            {
                quantities[i] = q with { Scope = group };
                continue;
            }

            largest ??= new Dictionary<string, double>(StringComparer.Ordinal);
            largest[q.Counted] = Math.Max(largest.GetValueOrDefault(q.Counted), q.Value);
        }

        return quantities;
    }

    /// <summary>The sub-group a counted noun names by its head word ("children", "other officers" → "officers"), lower case;
    /// null for a generic noun ("people", "victims") or a coordination ("two adults and four children" counts everyone).</summary>
    private static string? SubGroupOf(string? noun)
    {
        if (noun is null || noun.Contains(" and ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var head = noun.AsSpan().Trim();
        var space = head.LastIndexOf(' ');
        head = space >= 0 ? head[(space + 1)..] : head;
        return CountedLexicon.SubGroups.TryGetValue(head, out _) ? head.ToString().ToLowerInvariant() : null;
    }
}
