using System.Text.RegularExpressions;
using Triangulate.Core.Model;

namespace Triangulate.Stories.Lineage;

/// <summary>
/// Finds credits to outlets in an article: in its text (with spans) and in its metadata (credit lines the
/// cleaner removed, datelines). Unambiguous forms ("With inputs from X", "(X) -", "X contributed to this
/// report") accept any name; free phrasings ("seen by X", "X reported", "told X") only names of known
/// outlets, so that "seen by Trump" is not a credit.
/// </summary>
public sealed class CreditDetector
{
    private const string Name = @"(?<name>(?:The )?[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of))*)";
    // Non-backtracking: names are runs of capitalised words, and all-caps wire tables made the backtracking
    // engine cubic (timeouts on Reuters-21578). This engine is linear in the input, so no match timeout: a 1 s limit
    // expired on ordinary articles at load 40 (wall time, not CPU) and made the credits found depend on the load.
    private static readonly TimeSpan Timeout = Regex.InfiniteMatchTimeout;
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Multiline | RegexOptions.NonBacktracking;

    // Unambiguous: the outlet's copy is the basis of this text.
    private static readonly Regex InputsFrom = new(@"\b[Ww]ith (?:additional )?inputs? from (?:the )?" + Name + @"", Options, Timeout);

    // The same credit line as other languages' desks write it: copy translated from an agency keeps its credit.
    private static readonly Regex ForeignInputsFrom = new(@"\b(?:[Cc]on (?:información|informaciones) de (?:la agencia )?|[Mm]it Material (?:von|der) |[Cc]om informações d[ae] (?:agência )?)" + Name, Options, Timeout);
    private static readonly Regex DatelineCredit = new(@"(?:^[A-Z][A-Z .,'’-]*?(?:, [A-Z][a-z]{2}\.? \d{1,2})? ?)?\(" + Name + @"\)\s*[-–—]", Options, Timeout);
    private static readonly Regex Contributed = new(Name + @" contributed to this (?:report|story|article)\.?", Options, Timeout);
    private static readonly Regex AgencyStaff = new(@"\(" + Name + @" staff\b[^)\n]*\)", Options, Timeout);
    private static readonly Regex ByAgency = new(@"^(?:Byline: ?|By )" + Name + @"\s*$", Options, Timeout);

    // Known outlets only.
    private static readonly Regex ReportOf = new(@"\baccording to (?:a |an |the )?(?:(?:report|story|article) (?:by|from|in) )?" + Name + @"(?<report> (?:report|story|article|investigation|analysis))?", Options, Timeout);
    private static readonly Regex OutletReported = new(Name + @" (?:has |had |first )?(?:reported|reports|reveals|revealed|detailed|details|disclosed|has learned|learned|said in a report)\b", Options, Timeout);
    private static readonly Regex SeenBy = new(@"\b(?:seen|viewed|obtained|reviewed|examined) by " + Name, Options, Timeout);
    private static readonly Regex Told = new(@"\b(?:told|interview with|speaking to|spoke to) " + Name, Options, Timeout);

    private static readonly Regex SignOff = new(@"\(?(?:Reporting|Writing) by [^;\n)]{2,80}(?:; ?(?:[A-Z][a-z]+ )*(?:reporting|writing|[Ee]diting) by [^;\n)]{2,80})+\)?", Options, Timeout);

    private readonly Dictionary<string, string> _known;

    /// <param name="extraOutlets">Further outlet names to accept in free phrasings (e.g. the outlets of the corpus).</param>
    public CreditDetector(IEnumerable<string>? extraOutlets = null)
    {
        _known = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in OutletNames.Known.Concat(extraOutlets ?? []))
        {
            _known.TryAdd(OutletNames.Key(name), name);
        }
    }

    /// <summary>Names credited in unambiguous forms anywhere in <paramref name="article"/>, to widen the known list for a corpus.</summary>
    public static IEnumerable<string> UnambiguousNames(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        foreach (var regex in new[] { InputsFrom, ForeignInputsFrom, DatelineCredit, Contributed, AgencyStaff })
        {
            foreach (Match m in regex.Matches(article.Text))
            {
                yield return Clean(m.Groups["name"].Value);
            }
        }

        foreach (var credited in article.Metadata.CreditedSources)
        {
            yield return credited;
        }
    }

    /// <summary>All credits of an article: text mentions in text order, then metadata credits.</summary>
    public IReadOnlyList<CreditMention> Detect(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = new List<CreditMention>();
        var text = article.Text;

        // Each pattern runs only where its keyword occurs: most articles credit no one, and the scan for a
        // literal is far cheaper than a regex pass (credit detection was most of the fingerprinting time).
        if (text.Contains("nput", StringComparison.Ordinal))
        {
            AddAny(result, text, InputsFrom.Matches(text), CreditStrength.Strong);
        }

        if (text.Contains("nformaç", StringComparison.Ordinal) || text.Contains("nformaci", StringComparison.Ordinal)
            || text.Contains("Material ", StringComparison.Ordinal))
        {
            AddAny(result, text, ForeignInputsFrom.Matches(text), CreditStrength.Strong);
        }

        if (HasDatelineDash(text))
        {
            AddAny(result, text, DatelineCredit.Matches(text), CreditStrength.Strong);
        }

        AddAny(result, text, Near(Contributed, text, ContributedKeywords), CreditStrength.Strong);
        if (text.Contains(" staff", StringComparison.Ordinal))
        {
            AddAny(result, text, AgencyStaff.Matches(text), CreditStrength.Strong);
        }

        if (text.Contains("By", StringComparison.Ordinal))
        {
            AddKnown(result, text, ByAgency.Matches(text), CreditStrength.Strong);
        }

        if (text.Contains("ccording to", StringComparison.Ordinal))
        {
            AddReportOf(result, text);
        }

        AddKnown(result, text, Near(OutletReported, text, ReportedKeywords), CreditStrength.Strong);
        AddKnown(result, text, Near(SeenBy, text, SeenKeywords), CreditStrength.Strong);
        AddKnown(result, text, Near(Told, text, ToldKeywords), CreditStrength.Weak);
        AddMetadata(result, article);
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static readonly string[] ContributedKeywords = [" contributed to this"];
    private static readonly string[] ReportedKeywords = [" reported", " reports", " reveal", " detail", " disclosed", " learned", " said in a report"];
    private static readonly string[] SeenKeywords = ["seen by ", "viewed by ", "obtained by ", "reviewed by ", "examined by "];
    private static readonly string[] ToldKeywords = ["told ", "interview with ", "speaking to ", "spoke to "];
    private const int Window = 120;

    // Matches of a regex within a window around each keyword occurrence, windows starting at a word boundary.
    private static List<Match> Near(Regex regex, string text, string[] keywords)
    {
        var matches = new List<Match>();
        var lastEnd = -1;
        foreach (var keyword in keywords)
        {
            var at = text.IndexOf(keyword, StringComparison.Ordinal);
            while (at >= 0)
            {
                var start = Math.Max(0, at - Window);
                while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
                {
                    start--;
                }

                var end = Math.Min(text.Length, at + keyword.Length + Window);
                // The window is the regex's whole input: these patterns have no anchors, so nothing changes meaning.
                for (var m = regex.Match(text, start, end - start); m.Success; m = m.NextMatch())
                {
                    if (m.Index >= lastEnd || !matches.Exists(x => x.Index == m.Index))
                    {
                        matches.Add(m);
                        lastEnd = Math.Max(lastEnd, m.Index + m.Length);
                    }
                }

                at = text.IndexOf(keyword, end, StringComparison.Ordinal);
            }
        }

        return matches;
    }

    private static bool HasDatelineDash(string text)
    {
        var at = text.IndexOf(')', StringComparison.Ordinal);
        while (at >= 0 && at + 1 < text.Length)
        {
            var next = at + 1;
            while (next < text.Length && text[next] == ' ')
            {
                next++;
            }

            if (next < text.Length && text[next] is '-' or '\u2013' or '\u2014')
            {
                return true;
            }

            at = text.IndexOf(')', at + 1);
        }

        return false;
    }

    /// <summary>Agency sign-offs ("Reporting by …; Editing by …"): the text presents itself as an original report.</summary>
    public static IEnumerable<(int Start, int Length)> SignOffs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (Match m in SignOff.Matches(text))
        {
            var value = m.Value.Trim('(', ')');
            yield return (m.Index + m.Value.IndexOf(value, StringComparison.Ordinal), value.Length);
        }
    }

    private static void AddAny(List<CreditMention> result, string text, IEnumerable<Match> matches, CreditStrength strength)
    {
        foreach (var m in matches)
        {
            var name = Clean(m.Groups["name"].Value);
            if (name.Length > 1 && !IsCommonWord(name))
            {
                Add(result, name, strength, m.Index, m.Length, text);
            }
        }
    }

    private void AddKnown(List<CreditMention> result, string text, IEnumerable<Match> matches, CreditStrength strength)
    {
        foreach (var m in matches)
        {
            var g = m.Groups["name"];
            if (ResolveKnown(g.Value) is { } known)
            {
                // The span starts at the known name when the match starts with the name, and ends at the name when
                // the name closes the match, so caught leading words and trailing dots stay out of the evidence.
                var nameEnd = g.Index + Clean(g.Value).Length;
                var nameStart = nameEnd - known.Length;
                var begin = m.Index == g.Index ? nameStart : m.Index;
                var end = g.Index + g.Length == m.Index + m.Length ? nameEnd : m.Index + m.Length;
                Add(result, known, strength, begin, end - begin, text);
            }
        }
    }

    private void AddReportOf(List<CreditMention> result, string text)
    {
        foreach (Match m in ReportOf.Matches(text))
        {
            if (ResolveKnown(m.Groups["name"].Value) is { } known)
            {
                var strong = m.Groups["report"].Success || m.Value.Contains(" by ", StringComparison.Ordinal) || m.Value.Contains(" from ", StringComparison.Ordinal);
                Add(result, known, strong ? CreditStrength.Strong : CreditStrength.Weak, m.Index, m.Length, text);
            }
        }
    }

    private void AddMetadata(List<CreditMention> result, Article article)
    {
        foreach (var credited in article.Metadata.CreditedSources)
        {
            result.Add(new CreditMention(credited, OutletNames.Key(credited), CreditStrength.Strong, -1, 0, credited));
        }

        if (article.Metadata.Dateline is { } dateline)
        {
            foreach (Match m in DatelineCredit.Matches(dateline + " -"))
            {
                var name = Clean(m.Groups["name"].Value);
                result.Add(new CreditMention(name, OutletNames.Key(name), CreditStrength.Strong, -1, 0, dateline));
            }
        }

        foreach (var removed in article.Removed)
        {
            if (removed.Kind is RemovedKinds.Credit or RemovedKinds.SourceCredit or RemovedKinds.Dateline)
            {
                foreach (Match m in InputsFrom.Matches(removed.Text).Concat(Contributed.Matches(removed.Text)).Concat(DatelineCredit.Matches(removed.Text)))
                {
                    var name = Clean(m.Groups["name"].Value);
                    result.Add(new CreditMention(name, OutletNames.Key(name), CreditStrength.Strong, -1, 0, removed.Text));
                }
            }
        }
    }

    // Free phrasings may catch leading words ("Moreover Bloomberg"): keep the longest known suffix of the name.
    private string? ResolveKnown(string raw)
    {
        var words = Clean(raw).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var skip = 0; skip < words.Length; skip++)
        {
            var candidate = string.Join(' ', words, skip, words.Length - skip);
            if (_known.ContainsKey(OutletNames.Key(candidate)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static void Add(List<CreditMention> result, string name, CreditStrength strength, int start, int length, string text)
    {
        while (length > 0 && char.IsWhiteSpace(text[start + length - 1]))
        {
            length--;
        }

        result.Add(new CreditMention(name, OutletNames.Key(name), strength, start, length, text.Substring(start, length)));
    }

    private static string Clean(string name) => name.Trim().TrimEnd('.', '\'', '’', '-');

    private static bool IsCommonWord(string name) => name is "The" or "AP Photo" or "File" or "Photo" or "Source";
}
