namespace Triangulate.Stories.Entities;

/// <summary>
/// Drops mentions that lie inside a longer one (a name grown over a shorter mention of it). Containment is
/// transitive, so the survivors are the mentions no other one strictly contains, whatever the order of removal;
/// a sweep in start order finds them in n log n where comparing every pair took the story-entities stage most of
/// its time on a text with thousands of mentions.
/// </summary>
internal static class NestedMentions
{
    /// <summary>Removes, from index <paramref name="first"/> on, each mention that another one from there on contains
    /// and is longer than; the rest keep their order.</summary>
    public static void DropContained(List<StoryMention> mentions, int first)
    {
        var count = mentions.Count - first;
        if (count < 2)
        {
            return;
        }

        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            order[i] = first + i;
        }

        // Start ascending, end descending: every mention before another in this order starts at or before it.
        Array.Sort(order, (a, b) =>
        {
            var byStart = mentions[a].Span.Start.CompareTo(mentions[b].Span.Start);
            return byStart != 0 ? byStart : mentions[b].Span.End.CompareTo(mentions[a].Span.End);
        });

        var contained = new bool[count];
        var furthestBefore = int.MinValue; // the furthest end among mentions starting strictly earlier
        var k = 0;
        while (k < count)
        {
            var start = mentions[order[k]].Span.Start;
            var groupEnd = mentions[order[k]].Span.End; // the longest of the mentions starting here
            var next = k;
            for (; next < count && mentions[order[next]].Span.Start == start; next++)
            {
                var end = mentions[order[next]].Span.End;
                contained[order[next] - first] = furthestBefore >= end || groupEnd > end;
            }

            furthestBefore = Math.Max(furthestBefore, groupEnd);
            k = next;
        }

        var kept = first;
        for (var i = first; i < mentions.Count; i++)
        {
            if (!contained[i - first])
            {
                mentions[kept++] = mentions[i];
            }
        }

        mentions.RemoveRange(kept, mentions.Count - kept);
    }
}
