using System.Collections.Frozen;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Core.Text;

namespace Triangulate.Stories.Conflicts;

/// <summary>
/// Where an article says the event happened: an event verb ("crashed", "collapsed", "exploded", "sank") followed within
/// its clause by a place phrase ("into the river gorge", "on the runway", "near Pokhara"). Time phrases ("on Saturday", "in
/// the evening") and manner phrases ("in a statement") are not places.
/// </summary>
public sealed record EventPlace(string Verb, string Place, string Key, bool Named, Article Article, TextSpan Span)
{
    private const int MaxGap = 5;
    private const int MaxPlaceWords = 4;

    /// <summary>Verb forms by the event they name; the value is the family shared by "crashed" and "crash".</summary>
    private static readonly FrozenDictionary<string, string> Verbs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["crashed"] = "crash",
        ["crashes"] = "crash",
        ["collapsed"] = "collapse",
        ["collapses"] = "collapse",
        ["exploded"] = "explode",
        ["explodes"] = "explode",
        ["sank"] = "sink",
        ["sunk"] = "sink",
        ["capsized"] = "capsize",
        ["derailed"] = "derail",
        ["erupted"] = "erupt",
        ["plunged"] = "plunge",
        ["plummeted"] = "plunge",
        ["struck"] = "strike",
        ["occurred"] = "occur",
        ["happened"] = "occur",
        ["burned"] = "burn",
        ["burnt"] = "burn",
        ["landed"] = "land",
        ["fell"] = "fall",
        ["detonated"] = "explode",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> VerbLookup = Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Prepositions =
        new[] { "in", "at", "on", "near", "into", "onto", "inside", "outside", "off", "beside", "behind" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Words that end a place phrase, or show that what follows a preposition is a time or a manner, not a place.</summary>
    private static readonly FrozenSet<string> NotPlace = new[]
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "morning", "afternoon", "evening", "night",
        "weekend", "week", "month", "year", "day", "hours", "minutes", "time", "statement", "interview", "total", "least", "most", "all",
        "part", "response", "addition", "fact", "order", "way", "case", "front", "place", "january", "february", "march", "april",
        "may", "june", "july", "august", "september", "october", "november", "december", "today", "yesterday", "tonight", "midday",
        "midnight", "dawn", "dusk", "a", "an", "its", "his", "her", "their", "which", "that", "this", "these", "those", "what",
        "and", "or", "but", "when", "while", "after", "before", "during", "as", "with", "killing", "injuring", "leaving", "sending",
        "who", "where", "of", "by", "for", "from", "to", "was", "were", "is", "are", "had", "has", "said", "says", "around", "about",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Common nouns that name a site an event can happen at. A place phrase must be named ("Pokhara") or end in one of
    /// these; containers (area, neighbourhood, city, scene) hold any other place, so they never disagree with one.
    /// </summary>
    private static readonly FrozenSet<string> Sites = new[]
    {
        "runway", "airport", "airfield", "gorge", "river", "valley", "canyon", "ravine", "sea", "ocean", "lake", "bay", "coast", "beach",
        "mountain", "mountainside", "hill", "hillside", "forest", "field", "farm", "desert", "island", "harbour", "harbor", "port", "dock",
        "bridge", "tunnel", "road", "highway", "motorway", "freeway", "interstate", "intersection", "junction", "railway", "track",
        "station", "platform", "school", "campus", "university", "church", "mosque", "temple", "synagogue", "market", "mall", "store",
        "shop", "supermarket", "restaurant", "bar", "club", "nightclub", "hotel", "hospital", "house", "home", "apartment", "building",
        "tower", "factory", "plant", "mine", "warehouse", "office", "parking", "lot", "garage", "park", "stadium", "arena", "theater",
        "theatre", "cinema", "courthouse", "prison", "jail", "base", "embassy", "border", "checkpoint", "village", "residence", "yard",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every event-place statement of <paramref name="article"/>, using its token and sentence layers.</summary>
    public static IEnumerable<EventPlace> Find(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var tokens = article.Annotations.Get(Layers.Tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = article.Text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length);
            if (VerbLookup.TryGetValue(word, out var family) && PlaceAfter(article, tokens, i) is { } place)
            {
                yield return place with { Verb = family };
            }
        }
    }

    private static EventPlace? PlaceAfter(Article article, IReadOnlyList<Token> tokens, int verb)
    {
        for (var k = verb + 1; k < tokens.Count && k <= verb + MaxGap; k++)
        {
            var word = Word(article, tokens[k]);
            if (word.Length == 1 && !char.IsLetterOrDigit(word[0]))
            {
                return null; // the clause ends
            }

            if (!Prepositions.Contains(word))
            {
                continue;
            }

            if (Phrase(article, tokens, k + 1) is { } phrase)
            {
                return new EventPlace("", phrase.Text, phrase.Key, phrase.Named, article, TextSpan.FromBounds(tokens[verb].Span.Start, phrase.End));
            }
        }

        return null;
    }

    /// <summary>"the Sable River", "the river gorge", "Pokhara": up to four words after an optional "the"; null for a time or manner.</summary>
    private static (string Text, string Key, bool Named, int End)? Phrase(Article article, IReadOnlyList<Token> tokens, int start)
    {
        var k = start < tokens.Count && Word(article, tokens[start]).Equals("the", StringComparison.OrdinalIgnoreCase) ? start + 1 : start;
        var words = new List<string>();
        var named = false;
        var end = -1;
        for (var m = k; m < tokens.Count && words.Count < MaxPlaceWords; m++)
        {
            var word = Word(article, tokens[m]);
            if (word.Length == 0 || !char.IsLetter(word[0]) || NotPlace.Contains(word) || Prepositions.Contains(word)
                || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal) && char.IsLower(word[0])))
            {
                break; // a time, a preposition or an adverb ("shortly") ends the place
            }

            named |= char.IsUpper(word[0]);
            words.Add(TextFolding.Fold(word));
            end = tokens[m].Span.End;
        }

        if (words.Count == 0 || (k < tokens.Count && NotPlace.Contains(Word(article, tokens[k]))) || !(named || Sites.Contains(words[^1])))
        {
            return null;
        }

        var text = article.Text[tokens[start].Span.Start..end];
        return (text, string.Join(' ', words), named, end);
    }

    private static string Word(Article article, Token token) => article.Text.Substring(token.Span.Start, token.Span.Length);
}
