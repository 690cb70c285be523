using Triangulate.Core.Model;

namespace Triangulate.Stories.Timeline;

/// <summary>
/// An expression that dates the event noun it follows, not the clause's verb: "suspended exports due to an
/// earthquake last night" dates the earthquake, not the suspension; "closed after a landslide on Tuesday" dates
/// the landslide. Only a noun that names an event (<see cref="Core.Text.EventNouns"/>) and is the object of a preposition
/// takes the date; "arrived in the capital last night" keeps dating the arrival.
/// </summary>
internal static partial class EventClause
{
    private const int MaxNounPhraseWords = 6;

    /// <summary>The event noun phrase that ends right before <paramref name="at"/> (the expression's first word), or empty.</summary>
    private static string DatedNoun(List<Word> words, int at)
    {
        var end = at;
        if (end > 0 && words[end - 1].Tag == "IN" && words[end - 1].Text is "on" or "in" or "at")
        {
            end--; // "after a landslide on Tuesday"
        }

        // The chain before the expression: nominal words and "of" phrases ("the collapse of the old pier").
        var start = end;
        while (start > 0 && end - start < MaxNounPhraseWords
            && (IsNominal(words[start - 1].Tag) || words[start - 1].Tag is "DT" or "PRP$" or "VBN" || words[start - 1].Text == "of"))
        {
            start--;
        }

        if (start == 0 || start == end || !IsGoverningPreposition(words, start - 1))
        {
            return string.Empty;
        }

        while (start < end && words[start].Tag is "DT" or "PRP$")
        {
            start++;
        }

        // The head is the last noun before the first "of": "collapse" in "collapse of the old pier".
        var ofAt = words.FindIndex(start, end - start, w => w.Text == "of");
        var headEnd = ofAt < 0 ? end : ofAt;
        var head = headEnd - 1;
        if (head < start || words[head].Tag is not ("NN" or "NNS") || !Core.Text.EventNouns.Contains(words[head].Text))
        {
            return string.Empty;
        }

        return Join(words.GetRange(start, end - start).ConvertAll(w => w.Text));
    }

    /// <summary>
    /// The event a possessive date owns, when a preposition governs the whole: "closed following Friday's storm" →
    /// storm, "after Monday's powerful blast" → powerful blast. As the subject ("Friday's storm flattened the pier")
    /// the clause reads better and is kept.
    /// </summary>
    private static string PossessedNoun(List<Word> words, int at, TextSpan expression)
    {
        var last = at;
        while (last + 1 < words.Count && words[last + 1].Span.Overlaps(expression))
        {
            last++;
        }

        if (at == 0 || last + 1 >= words.Count || words[last + 1].Tag != "POS"
            || !(IsGoverningPreposition(words, at - 1) || words[at - 1].Text.Equals("following", StringComparison.OrdinalIgnoreCase)))
        {
            return string.Empty;
        }

        var start = last + 2;
        var end = start;
        while (end < words.Count && end - start < MaxNounPhraseWords && words[end].Tag is "JJ" or "NN" or "NNS" or "VBN")
        {
            end++;
        }

        return end > start && words[end - 1].Tag is "NN" or "NNS" && Core.Text.EventNouns.Contains(words[end - 1].Text)
            ? Join(words.GetRange(start, end - start).ConvertAll(w => w.Text))
            : string.Empty;
    }

    /// <summary>
    /// Where the noun a relative pronoun at <paramref name="relative"/> hangs on ends, when the dated expression (with
    /// its preposition and a comma) stands between them: "the quake on Thursday, which …". -1 when it does not.
    /// </summary>
    private static int DatedAntecedentEnd(List<Word> words, int relative, TextSpan expression)
    {
        var k = relative - 1;
        if (k >= 0 && words[k].Text == ",")
        {
            k--;
        }

        if (k < 0 || !words[k].Span.Overlaps(expression))
        {
            return -1;
        }

        while (k >= 0 && (words[k].Span.Overlaps(expression) || IsDayPart(words[k].Text)))
        {
            k--;
        }

        if (k >= 0 && words[k].Tag == "IN")
        {
            k--;
        }

        return k >= 0 && words[k].Tag is "NN" or "NNS" or "NNP" or "NNPS" ? k + 1 : -1;
    }

    /// <summary>A preposition (or "to" of "due to", "owing to") whose object the chain is.</summary>
    private static bool IsGoverningPreposition(List<Word> words, int k) =>
        words[k].Tag is "IN" or "TO" && words[k].Text.ToLowerInvariant() is not ("that" or "if" or "whether" or "because");
}
