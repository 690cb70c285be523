using System.Text.RegularExpressions;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;
using Triangulate.Stories.Lineage;

namespace Triangulate.Stories.Claims;

/// <summary>
/// Turns an article's sentences into claim candidates. A sentence that carries a quotation or a reporting
/// verb is an attributed statement and keeps its speaker, so "X said the talks failed" is never counted as
/// the outlet asserting that the talks failed.
/// </summary>
public sealed class ClaimExtractor
{
    /// <summary>Shorter sentences are headlines, bylines and fragments rather than statements.</summary>
    public const int MinimumWords = 6;

    // Compiled: both run on every sentence of every story recompute.
    private static readonly Regex Reporting = new(
        @"\b(said|says|told|tells|according to|stated|announced|claimed|alleged|added|argued|insisted|warned|reported|replied|replies|responded|wrote|writes|explained|noted|declared|acknowledged|admitted|conceded|denied|confirmed|tweeted|testified)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static readonly Regex According = new(@"\baccording to (?<who>[^,.;]{2,60})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <param name="sources">Who each statement rests on (relays resolved); null: every statement is its lineage's own.</param>
    public List<ClaimCandidate> Extract(Article article, string lineage, ClaimSources? sources = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var sentences = article.Annotations.Get(Layers.Sentences);
        var quotes = new QuoteReach(article.Annotations.Get(Layers.Quotes));
        var entities = article.Annotations.Get(Layers.Entities);
        var quantities = article.Annotations.Get(Layers.Quantities);
        var dates = article.Annotations.Get(Layers.Dates);
        var result = new List<ClaimCandidate>(sentences.Count);
        foreach (var sentence in sentences)
        {
            // The two tests first, on the text and its stems alone: most of a candidate (speaker, names, figures,
            // dates) is work thrown away for a headline, a table row or a fragment.
            var text = article.Slice(sentence.Span);
            if (!IsStatement(text))
            {
                continue;
            }

            var stems = BodyStems(text, out var body);
            if (stems.Count >= MinimumWords)
            {
                var candidate = Candidate(article, sentence.Span, text, body, stems, lineage, quotes, entities, quantities, dates);
                var (source, relayed, outletVoice) = sources?.Of(article, sentence.Span, lineage) ?? (lineage, null, false);
                result.Add(candidate.WithSource(source, relayed, outletVoice, sources?.NewsroomOf(source)));
            }
        }

        return result;
    }

    /// <summary>One candidate for the text at <paramref name="span"/> (a sentence or clause), read from the article's layers.</summary>
    public static ClaimCandidate Candidate(Article article, TextSpan span, string lineage)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Candidate(article, span, lineage, new QuoteReach(article.Annotations.Get(Layers.Quotes)), article.Annotations.Get(Layers.Entities),
            article.Annotations.Get(Layers.Quantities), article.Annotations.Get(Layers.Dates));
    }

    private static ClaimCandidate Candidate(Article article, TextSpan span, string lineage, QuoteReach quotes,
        IReadOnlyList<EntityMention> entities, IReadOnlyList<QuantityAnnotation> quantities, IReadOnlyList<TimeExpression> dates)
    {
        var text = article.Slice(span);
        var stems = BodyStems(text, out var body);
        return Candidate(article, span, text, body, stems, lineage, quotes, entities, quantities, dates);
    }

    /// <summary>The stems of <paramref name="text"/> after its dateline, whose length goes to <paramref name="body"/>.
    /// A dateline ("WASHINGTON —") is the outlet's furniture, not the statement: leads filed from one city would
    /// otherwise share a word and a name.</summary>
    private static List<string> BodyStems(string text, out int body)
    {
        body = Dateline.Length(text);
        return SentenceMatcher.Stems(body == 0 ? text : text[body..]);
    }

    private static ClaimCandidate Candidate(Article article, TextSpan span, string text, int body, List<string> stems, string lineage, QuoteReach quotes,
        IReadOnlyList<EntityMention> entities, IReadOnlyList<QuantityAnnotation> quantities, IReadOnlyList<TimeExpression> dates)
    {
        var named = Inside(entities, body == 0 ? span : TextSpan.FromBounds(span.Start + body, span.End)).ToList();
        return new ClaimCandidate
        {
            Article = article,
            Span = span,
            Text = text,
            Lineage = lineage,
            Source = lineage,
            Speaker = SpeakerOf(article, span, text, quotes),
            Stems = stems,
            StemSet = stems.ToHashSet(StringComparer.Ordinal),
            Bigrams = StemOverlap.Bigrams(stems),
            Names = named.Select(e => NameKey(article.Slice(e.Span))).ToHashSet(StringComparer.Ordinal),
            NameWords = named.SelectMany(e => SentenceMatcher.Stems(article.Slice(e.Span))).ToHashSet(StringComparer.Ordinal),
            Quantities = [.. Inside(quantities, span)],
            Dates = Inside(dates, span).Where(d => d.Value is not null).Select(d => d.Value!).ToHashSet(StringComparer.Ordinal),
            WrittenDays = Inside(dates, span).Where(d => d.Value is { Length: >= 10 } && article.Slice(d.Span).Any(char.IsDigit))
                .Select(d => d.Value![..10]).ToHashSet(StringComparer.Ordinal),
            HasQuotation = text.AsSpan().IndexOfAny("\"\u201c\u201d") >= 0,
        };
    }

    /// <summary>Headlines, captions and list items have no closing punctuation; statements do.</summary>
    public static bool IsStatement(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && ".!?\"'\u201d\u2019)".Contains(trimmed[^1]);
    }

    /// <summary>A name reduced to its last folded word, so "Nicolás Maduro" and "Maduro" agree.</summary>
    public static string NameKey(string name)
    {
        var stems = SentenceMatcher.Stems(name);
        return stems.Count == 0 ? name : stems[^1];
    }

    private static string? SpeakerOf(Article article, TextSpan span, string text, QuoteReach quotes)
    {
        if (quotes.FirstOverlapping(span) is { } quote)
        {
            return quote.SpeakerName ?? (quote.Speaker is { } s && !Quotes.SpeakerKey.IsBarePronoun(article.Slice(s)) ? article.Slice(s) : "unnamed source");
        }

        var according = According.Match(text);
        if (according.Success)
        {
            return according.Groups["who"].Value.Trim();
        }

        return Reporting.IsMatch(text) ? "unnamed source" : null;
    }

    /// <summary>The layer's annotations inside <paramref name="span"/>, in layer order. Layers are sorted by start
    /// (<c>AnnotationSet</c>), so the first candidate is found by binary search and the scan stops at the span's end:
    /// a text of thousands of sentences no longer reads the whole layer for each one.</summary>
    private static IEnumerable<T> Inside<T>(IReadOnlyList<T> layer, TextSpan span)
        where T : IAnnotation
    {
        var low = LayerSearch.FirstStartingAtOrAfter(layer, span.Start);
        for (var i = low; i < layer.Count && layer[i].Span.Start <= span.End; i++)
        {
            if (layer[i].Span.End <= span.End)
            {
                yield return layer[i];
            }
        }
    }

    /// <summary>
    /// The quotations of one article with, for each, the furthest end among it and those before it. The layer is
    /// sorted by start, so the first quotation that overlaps a sentence is found by binary search instead of a scan
    /// of every quotation for every sentence (a text of thousands of both spent its claims stage there).
    /// </summary>
    private sealed class QuoteReach
    {
        private readonly IReadOnlyList<QuoteAnnotation> _quotes;
        private readonly int[] _reach;

        public QuoteReach(IReadOnlyList<QuoteAnnotation> quotes)
        {
            _quotes = quotes;
            _reach = new int[quotes.Count];
            var furthest = int.MinValue;
            for (var i = 0; i < quotes.Count; i++)
            {
                furthest = Math.Max(furthest, quotes[i].Span.End);
                _reach[i] = furthest;
            }
        }

        /// <summary>The first quotation in layer order that overlaps <paramref name="span"/>, or null.</summary>
        public QuoteAnnotation? FirstOverlapping(TextSpan span)
        {
            // The first index whose running furthest end passes the span's start is the first quotation ending
            // inside or after it; it overlaps when it also starts before the span ends (later ones start later still).
            int low = 0, high = _reach.Length;
            while (low < high)
            {
                var mid = (low + high) >>> 1;
                if (_reach[mid] > span.Start)
                {
                    high = mid;
                }
                else
                {
                    low = mid + 1;
                }
            }

            return low < _quotes.Count && _quotes[low].Span.Start < span.End ? _quotes[low] : null;
        }
    }
}
