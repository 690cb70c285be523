using System.Globalization;
using System.Text;

namespace Triangulate.Ingest.Web;

/// <summary>
/// A parsed robots.txt (RFC 9309, plus the widely honoured <c>Crawl-delay</c>). The group for our product
/// token wins over <c>*</c>; groups naming the same agent are merged; within the group the longest matching
/// pattern decides and <c>Allow</c> wins a tie; <c>*</c> and a final <c>$</c> are wildcards; paths are
/// compared after the same percent-encoding normalisation. <c>/robots.txt</c> itself is always allowed.
/// Written here rather than taken from a package: the rules are short, and the served robots packages
/// either lack crawl-delay, follow the pre-RFC longest-rule order, or pull in an HTTP stack of their own.
/// </summary>
public sealed class RobotsTxt
{
    /// <summary>RFC 9309 asks parsers to read at least 500 KiB; the rest of a larger file is ignored.</summary>
    public const int MaxBytes = 500 * 1024;

    private readonly List<(string Pattern, bool Allow)> _rules;

    private RobotsTxt(List<(string Pattern, bool Allow)> rules, TimeSpan? crawlDelay, IReadOnlyList<string> sitemaps)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    /// <summary>Everything allowed: no robots.txt (4xx), per RFC 9309 §2.3.1.3.</summary>
    public static RobotsTxt AllowAll { get; } = new([], null, []);

    /// <summary>Nothing allowed: robots.txt unreachable (5xx, network error), per RFC 9309 §2.3.1.4.</summary>
    public static RobotsTxt DisallowAll { get; } = new([("/", false)], null, []);

    /// <summary>The Crawl-delay of the group that applies to us, when it gives one.</summary>
    public TimeSpan? CrawlDelay { get; }

    /// <summary>Sitemap URLs the file lists (they apply to every agent).</summary>
    public IReadOnlyList<string> Sitemaps { get; }

    /// <summary>Parses <paramref name="content"/> for the crawler whose product token is <paramref name="productToken"/> ("Triangulate").</summary>
    public static RobotsTxt Parse(string content, string productToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var groups = new List<Group>();
        var sitemaps = new List<string>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in content.AsSpan(0, Math.Min(content.Length, MaxBytes)).EnumerateLines())
        {
            var line = StripComment(raw);
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToString().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim().ToString();
            if (key == "user-agent")
            {
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            if (key == "sitemap")
            {
                sitemaps.Add(value);
            }
            else if (current is not null)
            {
                current.Add(key, value);
            }
        }

        return Select(groups, productToken.ToLowerInvariant(), sitemaps);
    }

    private static RobotsTxt Select(List<Group> groups, string token, List<string> sitemaps)
    {
        var mine = groups.Where(g => g.Agents.Exists(a => a == token || MatchesToken(a, token))).ToList();
        if (mine.Count == 0)
        {
            mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var rules = mine.SelectMany(g => g.Rules).ToList();
        var delay = mine.Select(g => g.Delay).FirstOrDefault(d => d is not null);
        return new RobotsTxt(rules, delay, sitemaps);
    }

    /// <summary>"Triangulate/1.0" in a User-agent line still names us: the product token is the part before '/'.</summary>
    private static bool MatchesToken(string agent, string token)
    {
        var slash = agent.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && agent[..slash] == token;
    }

    /// <summary>Whether <paramref name="url"/> (its path and query) may be fetched.</summary>
    public bool IsAllowed(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = Normalize(url.PathAndQuery.Length == 0 ? "/" : url.PathAndQuery);
        if (path == "/robots.txt")
        {
            return true;
        }

        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in _rules)
        {
            if (pattern.Length < bestLength || !Matches(pattern, path))
            {
                continue;
            }

            if (pattern.Length > bestLength || allow)
            {
                allowed = allow;
            }

            bestLength = pattern.Length;
        }

        return allowed;
    }

    /// <summary>Wildcard match: '*' is any run of characters, a final '$' anchors at the end, the rest is a prefix match.
    /// Each literal segment is found at its leftmost position, which is optimal when '*' is the only metacharacter.</summary>
    internal static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var body = anchored ? pattern[..^1] : pattern;
        var segments = body.Split('*');
        if (!path.StartsWith(segments[0], StringComparison.Ordinal))
        {
            return false;
        }

        var at = segments[0].Length;
        for (var i = 1; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (last && anchored)
            {
                return path.Length - segments[i].Length >= at && path.EndsWith(segments[i], StringComparison.Ordinal);
            }

            var found = path.IndexOf(segments[i], at, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            at = found + segments[i].Length;
        }

        return !anchored || at == path.Length;
    }

    private static ReadOnlySpan<char> StripComment(ReadOnlySpan<char> line)
    {
        var hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    /// <summary>One spelling for comparison: non-ASCII as UTF-8 percent-escapes, escapes in upper case, escaped
    /// unreserved characters decoded ("%7E" is "~").</summary>
    internal static string Normalize(string path)
    {
        var builder = new StringBuilder(path.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (c == '%' && i + 2 < path.Length && Uri.IsHexDigit(path[i + 1]) && Uri.IsHexDigit(path[i + 2]))
            {
                var value = (char)Convert.ToInt32(path.Substring(i + 1, 2), 16);
                if (char.IsAsciiLetterOrDigit(value) || value is '-' or '.' or '_' or '~')
                {
                    builder.Append(value);
                }
                else
                {
                    builder.Append('%').Append(char.ToUpperInvariant(path[i + 1])).Append(char.ToUpperInvariant(path[i + 2]));
                }

                i += 2;
            }
            else if (c > 0x7F)
            {
                var rune = Rune.TryGetRuneAt(path, i, out var r) ? r : Rune.ReplacementChar;
                var count = rune.EncodeToUtf8(utf8);
                foreach (var b in utf8[..count])
                {
                    builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                }

                i += rune.Utf16SequenceLength - 1;
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<(string Pattern, bool Allow)> Rules { get; } = [];

        public TimeSpan? Delay { get; private set; }

        public void Add(string key, string value)
        {
            if (key is "allow" or "disallow" && value.Length > 0)
            {
                Rules.Add((Normalize(value), key == "allow"));
            }
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 86_400)
            {
                Delay ??= TimeSpan.FromSeconds(seconds);
            }
        }
    }
}
