using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;
using Triangulate.Core.Storage;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Watch.Revisions;

/// <summary>
/// The sentence-level difference between two revisions of an article: the longest common subsequence of their
/// sentences is kept; between two kept sentences, removed and added sentences are paired in order as
/// <c>changed</c>, and the rest are <c>removed</c> or <c>added</c>. Sentences come from the sentence layer (or,
/// without it, the same splitter: <see cref="ArticleSentences"/>); they are compared with white space folded. A headline change is a <c>title</c> change.
/// </summary>
public static class SentenceDiff
{
    /// <summary>Above this many sentences a side, the quadratic alignment is not run and the texts are one change.</summary>
    private const int MaxSentences = 4000;

    public static List<RevisionChange> Compare(Article before, Article after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<RevisionChange>();
        if (!string.Equals(before.Metadata.Title, after.Metadata.Title, StringComparison.Ordinal))
        {
            changes.Add(new RevisionChange("title", new Evidence(before.Id, 0, 0, before.Metadata.Title ?? ""), new Evidence(after.Id, 0, 0, after.Metadata.Title ?? "")));
        }

        var old = SentencesOf(before);
        var now = SentencesOf(after);
        if (old.Count > MaxSentences || now.Count > MaxSentences)
        {
            changes.Add(new RevisionChange("changed", Whole(before), Whole(after)));
            return changes;
        }

        var keys = (Fold(before, old), Fold(after, now));
        var kept = Align(keys.Item1, keys.Item2);
        int i = 0, j = 0;
        foreach (var (ki, kj) in kept.Append((old.Count, now.Count)))
        {
            Gap(before, after, old, now, i, ki, j, kj, changes);
            i = ki + 1;
            j = kj + 1;
        }

        return changes;
    }

    private static void Gap(Article before, Article after, List<TextSpan> old, List<TextSpan> now, int i, int iEnd, int j, int jEnd, List<RevisionChange> changes)
    {
        while (i < iEnd && j < jEnd)
        {
            changes.Add(new RevisionChange("changed", Evidence.Of(before, old[i++]), Evidence.Of(after, now[j++])));
        }

        while (i < iEnd)
        {
            changes.Add(new RevisionChange("removed", Evidence.Of(before, old[i++]), null));
        }

        while (j < jEnd)
        {
            changes.Add(new RevisionChange("added", null, Evidence.Of(after, now[j++])));
        }
    }

    /// <summary>Index pairs of equal sentences, in order (the LCS, by dynamic programming over the two lists).</summary>
    private static List<(int, int)> Align(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var x = a.Length - 1; x >= 0; x--)
        {
            for (var y = b.Length - 1; y >= 0; y--)
            {
                table[x, y] = a[x] == b[y] ? table[x + 1, y + 1] + 1 : Math.Max(table[x + 1, y], table[x, y + 1]);
            }
        }

        var pairs = new List<(int, int)>();
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                pairs.Add((i++, j++));
            }
            else if (table[i + 1, j] >= table[i, j + 1])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return pairs;
    }

    /// <summary>The article's sentences: its sentence layer, else the one splitter's (<see cref="ArticleSentences"/>).</summary>
    public static List<TextSpan> SentencesOf(Article article) => [.. ArticleSentences.For(article)];

    private static string[] Fold(Article article, List<TextSpan> spans) =>
        [.. spans.Select(s => string.Join(' ', article.Slice(s).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))];

    private static Evidence Whole(Article article) => new(article.Id, 0, article.Text.Length, article.Text);
}
