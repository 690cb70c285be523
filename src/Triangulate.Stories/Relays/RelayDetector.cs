using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Relays;

/// <summary>
/// Finds where an article reports what another outlet reported: "the Times reported", "according to a
/// Reuters report", "told Axios", "first reported by Politico", "the newspaper said" (after an outlet was
/// named), and a passage introduced by such a phrase and a colon (an excerpt). Only names that
/// <see cref="OutletDirectory"/> knows as outlets count, so "told Trump" is no relay; the article's own outlet
/// and the sources it credits for its copy are no relay either (that dependency is its lineage).
/// </summary>
public sealed class RelayDetector(OutletDirectory outlets)
{
    // "obtained by The Weekly Standard and ABC News": a second outlet coordinated with the first.
    private static readonly Regex Coordinated = new(@"\G(?:,? and|,) (?:the |The )?(?<name>[A-Z][\w&'’.-]{0,30}(?: [A-Z][\w&'’.-]{0,30}){0,5})",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private readonly OutletDirectory _outlets = outlets ?? throw new ArgumentNullException(nameof(outlets));

    /// <summary>The relays of <paramref name="article"/> in text order, excerpts included.</summary>
    public List<RelayMention> Detect(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var raw = new List<Raw>();

        // A relay names an outlet: the patterns run only in windows around capitalised words that can be part of
        // an outlet's name, most of an article's text is never scanned.
        foreach (var (start, end) in Windows(text))
        {
            foreach (var pattern in RelayPatterns.All)
            {
                if (HasAny(text, start, end, pattern.Keys))
                {
                    Collect(raw, pattern, text, start, end);
                }
            }
        }

        raw.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var found = Resolve(article, raw);
        AddAnaphors(text, found);
        AddExcerpts(text, found);
        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private List<RelayMention> Resolve(Article article, List<Raw> raw)
    {
        var own = new List<string?> { article.Metadata.Outlet };
        own.AddRange(article.Metadata.CreditedSources);
        var earlier = new List<string>();
        var found = new List<RelayMention>();
        foreach (var r in raw)
        {
            if (Resolve(r, article.Text, earlier) is not { } mention || found.Exists(f => f.Key == mention.Key && f.Span.Overlaps(mention.Span)))
            {
                continue;
            }

            foreach (var m in r.NameFirst ? [mention] : WithCoordinated(mention, article.Text, earlier))
            {
                earlier.Add(m.Outlet);
                if (!own.Exists(o => OutletDirectory.SameOutlet(m.Key, o)))
                {
                    found.Add(m);
                }
            }
        }

        return found;
    }

    /// <summary>The longest run of the captured name that is an outlet: its end for a name before the cue
    /// (leading words such as "Meanwhile" dropped), its start for a name after it ("Fox News host" → Fox News).</summary>
    private RelayMention? Resolve(Raw r, string text, List<string> earlier)
    {
        var words = Words(text, r.NameStart, r.NameLength);
        for (var k = 0; k < words.Count; k++)
        {
            var (first, last) = r.NameFirst ? (k, words.Count - 1) : (0, words.Count - 1 - k);
            var start = words[first].Start;
            var end = words[last].End;
            if (_outlets.Resolve(text[start..end], earlier) is { } outlet)
            {
                var spanStart = Math.Min(start, r.CueStart);
                var spanEnd = Math.Max(end, r.CueEnd);
                return new RelayMention(outlet, OutletDirectory.Key(outlet), r.Kind, TextSpan.FromBounds(spanStart, spanEnd));
            }
        }

        return null;
    }

    private IEnumerable<RelayMention> WithCoordinated(RelayMention first, string text, List<string> earlier)
    {
        yield return first;
        var m = Coordinated.Match(text, first.Span.End);
        if (m.Success)
        {
            var name = m.Groups["name"];
            var words = Words(text, name.Index, name.Length);
            for (var k = words.Count; k > 0; k--)
            {
                if (_outlets.Resolve(text[words[0].Start..words[k - 1].End], earlier) is { } outlet)
                {
                    yield return first with { Outlet = outlet, Key = OutletDirectory.Key(outlet), Span = TextSpan.FromBounds(m.Index, words[k - 1].End) };
                    yield break;
                }
            }
        }
    }

    /// <summary>"the newspaper said" refers to the outlet relayed last before it.</summary>
    private static void AddAnaphors(string text, List<RelayMention> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        foreach (Match m in RelayPatterns.Anaphor.Matches(text))
        {
            RelayMention? before = null;
            foreach (var f in found)
            {
                if (f.Span.Start < m.Index && f.Kind != RelayKinds.Excerpt)
                {
                    before = f;
                }
            }

            if (before is not null && !found.Exists(f => f.Span.Overlaps(new TextSpan(m.Index, m.Length))))
            {
                found.Add(before with { Kind = RelayKinds.Reported, Span = new TextSpan(m.Index, m.Length) });
            }
        }

        found.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>A paragraph that relays an outlet and ends in a colon introduces the next paragraph as an excerpt.</summary>
    private static void AddExcerpts(string text, List<RelayMention> found)
    {
        var count = found.Count;
        for (var i = 0; i < count; i++)
        {
            var end = text.IndexOf('\n', found[i].Span.End);
            var lineEnd = end < 0 ? text.Length : end;
            var tail = text.AsSpan(found[i].Span.End, lineEnd - found[i].Span.End).TrimEnd();
            if (end < 0 || tail.Length == 0 || tail[^1] != ':' || tail.Length > 200)
            {
                continue;
            }

            var start = end;
            while (start < text.Length && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var stop = text.IndexOf('\n', start);
            stop = stop < 0 ? text.Length : stop;
            if (stop > start && !found.Exists(f => f.Kind == RelayKinds.Excerpt && f.Span.Start == start))
            {
                found.Add(found[i] with { Kind = RelayKinds.Excerpt, Span = TextSpan.FromBounds(start, stop) });
            }
        }
    }

    /// <summary>Characters around an outlet word that a pattern may span (cue before, name, "said …" after).</summary>
    private const int Window = 160;

    /// <summary>Merged windows, each starting after white space, around every word that may belong to an outlet's name.</summary>
    private List<(int Start, int End)> Windows(string text)
    {
        var windows = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1])))
            {
                i++;
                continue;
            }

            var end = i;
            while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' && end + 1 < text.Length && char.IsLetter(text[end + 1])))
            {
                end++;
            }

            if (char.IsUpper(text[i]) && _outlets.MayName(text.AsSpan(i, end - i)))
            {
                var start = Math.Max(0, i - Window);
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                var stop = Math.Min(text.Length, end + Window);
                if (windows.Count > 0 && start <= windows[^1].End)
                {
                    windows[^1] = (windows[^1].Start, Math.Max(windows[^1].End, stop));
                }
                else
                {
                    windows.Add((start, stop));
                }
            }

            i = end;
        }

        return windows;
    }

    private static void Collect(List<Raw> raw, RelayPattern pattern, string text, int start, int end)
    {
        for (var m = pattern.Regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
        {
            var name = m.Groups["name"];
            var cue = m.Groups["cue"];
            raw.Add(new Raw(m.Index, name.Index, name.Length, cue.Index, cue.Index + cue.Length, pattern.NameFirst, pattern.Kind ?? KindOf(cue.Value)));
        }
    }

    private static string KindOf(string cue) => cue switch
    {
        "quoted" or "quotes" or "cited" or "cites" => RelayKinds.Quoted,
        "told" or "tells" or "tell" or "telling" or "said to" or "speaking to" or "spoke to" or "speaking with" or "spoke with" or "talking to"
            or "talked to" or "interview with" or "interviewed by" or "confirmed to" or "in comments to" or "in a statement to"
            or "in an email to" or "given to" => RelayKinds.Told,
        _ => RelayKinds.Reported,
    };

    private static List<(int Start, int End)> Words(string text, int start, int length)
    {
        var words = new List<(int, int)>();
        var at = start;
        var end = start + length;
        while (at < end)
        {
            var space = text.IndexOf(' ', at, end - at);
            var stop = space < 0 ? end : space;
            if (stop > at)
            {
                words.Add((at, stop));
            }

            at = stop + 1;
        }

        return words;
    }

    private static bool HasAny(string text, int start, int end, string[] keys)
    {
        var window = text.AsSpan(start, end - start);
        foreach (var key in keys)
        {
            if (window.Contains(key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Raw(int Start, int NameStart, int NameLength, int CueStart, int CueEnd, bool NameFirst, string Kind);
}
