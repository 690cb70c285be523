using Triangulate.Core.Model;

namespace Triangulate.Nlp.Sentences;

/// <summary>Where the one sentence splitter's sentences end, in a stage's own token list (the dates scanner's pieces,
/// the quote reader's tokens), so those stages keep the splitter's sentence limits.</summary>
internal static class SentenceEnds
{
    /// <summary>Per token: whether it is the last token within one of <paramref name="sentences"/> (sorted, as the
    /// splitter makes them).</summary>
    public static bool[] Mark<T>(IReadOnlyList<T> tokens, IReadOnlyList<TextSpan> sentences)
        where T : struct, ITokenRange
    {
        var ends = new bool[tokens.Count];
        var k = 0;
        foreach (var sentence in sentences)
        {
            while (k < tokens.Count && tokens[k].End <= sentence.End)
            {
                k++;
            }

            if (k > 0 && tokens[k - 1].Start >= sentence.Start)
            {
                ends[k - 1] = true;
            }
        }

        return ends;
    }
}
