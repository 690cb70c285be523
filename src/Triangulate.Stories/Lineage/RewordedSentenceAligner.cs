using Triangulate.Core.Text;
using Triangulate.Nlp.Sentences;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Extends shingle-run alignment with reworded sentences: a sentence of one article that shares no run with the
/// other but says the same thing in other words (judged by <see cref="SentenceMatcher"/>) counts as shared.
/// Quadratic in sentences, so it runs on lineage members only (to report the shared-text share), never on
/// candidates at scale.
/// </summary>
public sealed class RewordedSentenceAligner(PassageAligner aligner, SentenceMatcher matcher)
{
    private const double CoveredEnough = 0.5;
    private const int MaxSentences = 20;

    /// <summary>Share of <paramref name="a"/>'s words that are in shared runs with <paramref name="b"/> or in a reworded sentence.</summary>
    public double SharedShare(ArticleFingerprint a, string textA, ArticleFingerprint b, string textB)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(textA);
        ArgumentNullException.ThrowIfNull(textB);
        var tokens = a.Tokens;
        if (tokens.Count == 0)
        {
            return 0;
        }

        var covered = Covered(a, b);
        var coveredB = Covered(b, a);
        var others = new List<string>();
        foreach (var (start, length) in Sentences(textB))
        {
            var (first, last) = TokenRange(b.Tokens, start, start + length);
            if (last > first && CoveredShare(coveredB, first, last) < CoveredEnough && others.Count < MaxSentences)
            {
                others.Add(textB.Substring(start, length));
            }
        }

        // Only sentences outside shared runs on both sides are compared, at most MaxSentences each.
        var compared = 0;
        foreach (var (start, length) in Sentences(textA))
        {
            var (first, last) = TokenRange(tokens, start, start + length);
            if (others.Count == 0 || compared == MaxSentences || last <= first || CoveredShare(covered, first, last) >= CoveredEnough)
            {
                continue;
            }

            compared++;
            var sentence = textA.Substring(start, length);
            if (others.Exists(other => matcher.Matches(sentence, other)))
            {
                covered.AsSpan(first, last - first).Fill(true);
            }
        }

        return (double)covered.Count(c => c) / tokens.Count;
    }

    private bool[] Covered(ArticleFingerprint self, ArticleFingerprint other)
    {
        var covered = new bool[self.Tokens.Count];
        foreach (var (start, end) in aligner.Align(self, other, withRuns: true).RunsA)
        {
            covered.AsSpan(start, end - start).Fill(true);
        }

        return covered;
    }

    /// <summary>Sentence spans, from the one tokenizer and sentence splitter (<see cref="SentenceSplitter"/>).</summary>
    public static List<(int Start, int Length)> Sentences(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = SentenceSplitter.Default.Split(text, Tokenizer.Default.Tokenize(text));
        var result = new List<(int, int)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            result.Add((sentence.Start, sentence.Length));
        }

        return result;
    }

    private static (int First, int Last) TokenRange(TokenSequence tokens, int start, int end)
    {
        var first = LowerBound(tokens.Starts, tokens.Count, start);
        var last = LowerBound(tokens.Starts, tokens.Count, end);
        return (first, last);
    }

    private static int LowerBound(int[] values, int count, int value)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (values[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static double CoveredShare(bool[] covered, int first, int last)
    {
        var n = 0;
        for (var i = first; i < last; i++)
        {
            n += covered[i] ? 1 : 0;
        }

        return (double)n / (last - first);
    }
}
