using Triangulate.Core.Annotations;
using Triangulate.Core.Dossier;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Entities;

/// <summary>
/// Finds the words an outlet attaches to a name: premodifiers ("Venezuela's authoritarian President"
/// before "Nicolás Maduro") and appositives or relative clauses set off by a comma ("…, whom Washington
/// considers illegitimate"). Works on the article's token and sentence layers; no parser, so it keeps to
/// patterns that are reliable without one: lower-case words must be known role or stance words or look
/// like adjectives, and a phrase stops at function words and punctuation.
/// </summary>
internal static class DescriptorFinder
{
    private const int MaxPremodifierTokens = 6;
    private const int MaxAppositiveTokens = 25;

    private static readonly HashSet<string> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "leader", "dictator", "strongman", "envoy", "minister", "secretary", "senator", "governor", "general",
        "chancellor", "spokesman", "spokeswoman", "spokesperson", "official", "officials", "chief", "head", "ceo", "chairman",
        "director", "ambassador", "diplomat", "commander", "king", "queen", "prince", "pope", "judge", "prosecutor",
        "attorney", "lawyer", "candidate", "rival", "ally", "opponent", "critic", "successor", "predecessor", "lawmaker",
        "congressman", "congresswoman", "representative", "mayor", "founder", "analyst", "expert", "activist", "journalist",
        "reporter", "correspondent", "economist", "opposition", "regime", "government", "administration", "president-elect",
        "vice", "deputy", "acting", "former", "late", "embattled", "authoritarian", "socialist", "leftist", "rightist",
        "conservative", "liberal", "populist", "special", "top", "senior", "self-proclaimed", "self-declared", "interim",
        "longtime", "ousted", "disputed", "illegitimate", "autocratic", "hardline", "defense", "defence", "foreign", "interior",
        "state", "prime", "lady", "secretary-general", "strongman", "tycoon", "billionaire", "businessman", "star", "coach",
        "striker", "player", "champion", "manager", "owner", "boss", "cleric", "commentator", "host", "anchor", "writer",
        "author", "designated", "alleged", "convicted", "veteran", "controversial", "powerful",
    };

    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and", "or", "but", "as", "that", "this",
        "said", "says", "say", "told", "tells", "when", "while", "after", "before", "if", "than", "then", "who", "whom", "which",
        "he", "she", "it", "they", "we", "i", "you", "his", "her", "their", "its", "is", "was", "are", "were", "be", "has", "have",
        "had", "not", "no", "also", "about", "against", "between", "into", "over", "under", "since", "until", "because",
        "according", "like", "via", "amid", "despite", "during", "where", "how", "why", "what", "so", "yet", "both", "all",
    };

    private static readonly HashSet<string> AppositiveOpeners = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "which", "a", "an", "the",
    };

    private static readonly HashSet<string> AppositiveRejects = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "and", "but", "or", "according", "he", "she", "it", "they", "we", "i", "you", "added", "told", "in",
        "on", "at", "as", "with", "for", "to", "from", "by", "while", "when", "after", "before", "if", "though", "although",
    };

    private static readonly HashSet<string> Verbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "are", "was", "were", "said", "says", "told", "has", "have", "had", "will", "would", "can", "could", "did", "does",
    };

    private static readonly string[] AdjectiveSuffixes = ["ian", "ist", "ic", "al", "ive", "ous", "ary", "ese", "ish", "ful"];

    public static IEnumerable<DossierDescriptor> Find(Article article, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, TextSpan mention)
    {
        if (tokens.Count == 0)
        {
            yield break;
        }

        var first = FirstTokenAtOrAfter(tokens, mention.Start);
        var last = FirstTokenAtOrAfter(tokens, mention.End) - 1;
        if (first >= tokens.Count || last < first)
        {
            yield break;
        }

        var (sentenceFirst, sentenceLast) = SentenceTokens(tokens, sentences, first);
        if (Premodifier(article, tokens, sentenceFirst, first) is { } pre)
        {
            yield return pre;
        }

        if (Appositive(article, tokens, last, sentenceLast) is { } post)
        {
            yield return post;
        }
    }

    private static DossierDescriptor? Premodifier(Article article, IReadOnlyList<Token> tokens, int sentenceFirst, int first)
    {
        var start = first;
        var meaningful = false;
        var j = first - 1;
        while (j >= sentenceFirst && first - j <= MaxPremodifierTokens)
        {
            var w = article.Slice(tokens[j].Span);
            if (w is "'s" or "\u2019s")
            {
                // A possessor ("Venezuela's") ends the phrase: take its capitalised words and stop.
                var k = j - 1;
                while (k >= sentenceFirst && IsCapitalised(article.Slice(tokens[k].Span)) && !Stops.Contains(article.Slice(tokens[k].Span)))
                {
                    k--;
                }

                if (k < j - 1)
                {
                    start = k + 1;
                }

                break;
            }

            if (Stops.Contains(w) || !char.IsLetter(w[0]))
            {
                break;
            }

            if (Roles.Contains(w) || (!IsCapitalised(w) && LooksAdjectival(w)))
            {
                meaningful = true;
            }
            else if (!IsCapitalised(w))
            {
                break;
            }

            start = j;
            j--;
        }

        if (!meaningful || start == first)
        {
            return null;
        }

        return Make(article, tokens[start].Span.Start, tokens[first - 1].Span.End);
    }

    private static DossierDescriptor? Appositive(Article article, IReadOnlyList<Token> tokens, int last, int sentenceLast)
    {
        var comma = last + 1;
        if (comma + 1 > sentenceLast || article.Slice(tokens[comma].Span) != ",")
        {
            return null;
        }

        var opener = article.Slice(tokens[comma + 1].Span);
        if (AppositiveRejects.Contains(opener) || !char.IsLetter(opener[0]))
        {
            return null;
        }

        var possessive = comma + 2 <= sentenceLast && article.Slice(tokens[comma + 2].Span) is "'s" or "\u2019s";
        if (!AppositiveOpeners.Contains(opener) && !Roles.Contains(opener) && !possessive && !(char.IsLower(opener[0]) && LooksAdjectival(opener)))
        {
            return null;
        }

        var end = comma + 1;
        while (end + 1 <= sentenceLast && end - comma < MaxAppositiveTokens && !IsClauseBreak(article.Slice(tokens[end + 1].Span)))
        {
            end++;
        }

        var endWord = article.Slice(tokens[end].Span);
        if (end == sentenceLast && end > comma + 1 && endWord is "." or "!" or "?")
        {
            end--;
        }

        // A noun phrase has no finite verb: "Trump, the people said, ..." and "Axios, a deal is ..." are not appositives.
        if (!opener.Equals("who", StringComparison.OrdinalIgnoreCase) && !opener.Equals("whom", StringComparison.OrdinalIgnoreCase) &&
            !opener.Equals("which", StringComparison.OrdinalIgnoreCase) && !opener.Equals("whose", StringComparison.OrdinalIgnoreCase))
        {
            for (var k = comma + 1; k <= end; k++)
            {
                if (Verbs.Contains(article.Slice(tokens[k].Span)))
                {
                    return null;
                }
            }
        }

        return Make(article, tokens[comma + 1].Span.Start, tokens[end].Span.End);
    }

    private static bool IsClauseBreak(string w) => w is "," or ";" or ":" or ")" or "(" or "\u2014" or "\u2013" or "--" or "-" or "\"" or "\u201C" or "\u201D";

    private static DossierDescriptor Make(Article article, int start, int end)
    {
        var span = TextSpan.FromBounds(start, end);
        return new DossierDescriptor(article.Slice(span), article.Id, span.Start, span.Length);
    }

    private static bool IsCapitalised(string w) => w.Length > 0 && char.IsUpper(w[0]);

    private static bool LooksAdjectival(string w)
    {
        if (w.Length < 5)
        {
            return false;
        }

        foreach (var suffix in AdjectiveSuffixes)
        {
            if (w.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstTokenAtOrAfter(IReadOnlyList<Token> tokens, int offset) => LayerSearch.FirstStartingAtOrAfter(tokens, offset);

    /// <summary>The token range of the sentence holding token <paramref name="tokenIndex"/>, found by binary search
    /// (<see cref="LayerSearch"/>): a scan of every sentence for every mention made a text of thousands of sentences
    /// spend its story-entities stage here.</summary>
    private static (int First, int Last) SentenceTokens(IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, int tokenIndex)
    {
        var at = tokens[tokenIndex].Span.Start;

        // The last sentence starting at or before the token; sentences do not overlap, so it is the one that can hold it.
        var s = LayerSearch.LastStartingAtOrBefore(sentences, at);
        if (s >= 0 && at < sentences[s].Span.End)
        {
            return (FirstTokenAtOrAfter(tokens, sentences[s].Span.Start), FirstTokenAtOrAfter(tokens, sentences[s].Span.End) - 1);
        }

        return (0, tokens.Count - 1);
    }
}
