using System.Text.Json;
using AngleSharp.Css.Parser;

namespace Triangulate.Extraction.Html.SiteRules;

/// <summary>
/// The per-site rules, found by page host (longest matching site first). The built-in set is
/// site-rules.json, embedded; <see cref="Load"/> reads another file in the same format. Every selector
/// is parsed when the set is loaded, so a broken rule fails at start-up with its site named, not
/// silently on some later page.
/// </summary>
public sealed class SiteRuleSet
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly Lazy<SiteRuleSet> BuiltInSet = new(LoadBuiltIn);

    private readonly Dictionary<string, SiteRule> _bySite;

    private SiteRuleSet(IEnumerable<SiteRule> rules)
    {
        _bySite = new Dictionary<string, SiteRule>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in rules)
        {
            if (!_bySite.TryAdd(rule.Site, rule))
            {
                throw new FormatException($"site rules: {rule.Site} has two rules; keep one and bump its version");
            }
        }
    }

    /// <summary>The rules shipped with Triangulate (src/Triangulate.Extraction/Html/SiteRules/site-rules.json).</summary>
    public static SiteRuleSet BuiltIn => BuiltInSet.Value;

    /// <summary>No rules: generic extraction only.</summary>
    public static SiteRuleSet Empty { get; } = new([]);

    public IReadOnlyCollection<SiteRule> Rules => _bySite.Values;

    /// <summary>This set with <paramref name="overrides"/> added; a site in both takes the override's rule.</summary>
    public SiteRuleSet With(SiteRuleSet overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var merged = new Dictionary<string, SiteRule>(_bySite, StringComparer.OrdinalIgnoreCase);
        foreach (var rule in overrides.Rules)
        {
            merged[rule.Site] = rule;
        }

        return new SiteRuleSet(merged.Values);
    }

    /// <summary>The built-in rules plus those of the file at <paramref name="path"/>, which win for their sites.
    /// Throws <see cref="FormatException"/> for a bad rule and <see cref="IOException"/> for an unreadable file.</summary>
    public static SiteRuleSet BuiltInWith(string path)
    {
        using var stream = File.OpenRead(path);
        return BuiltIn.With(Load(stream));
    }

    /// <summary>Reads a rules file (the site-rules.json format); throws <see cref="FormatException"/> naming the bad rule.</summary>
    public static SiteRuleSet Load(Stream json)
    {
        RulesFile? file;
        try
        {
            file = JsonSerializer.Deserialize<RulesFile>(json, Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"site rules: not valid JSON ({e.Message})", e);
        }

        var rules = new List<SiteRule>();
        foreach (var r in file?.Rules ?? [])
        {
            if (string.IsNullOrWhiteSpace(r.Site) || r.Version < 1 || string.IsNullOrWhiteSpace(r.Why))
            {
                throw new FormatException($"site rules: a rule needs a site, a version of 1 or more and a why (got site '{r.Site}', version {r.Version})");
            }

            var rule = new SiteRule(Host(r.Site), r.Version, r.Remove ?? [], r.Content ?? [], r.Why);
            if (rule.Remove.Count == 0 && rule.Content.Count == 0)
            {
                throw new FormatException($"site rules: {rule.Label} has neither remove nor content selectors");
            }

            var parser = new CssSelectorParser();
            foreach (var selector in rule.Remove.Concat(rule.Content))
            {
                if (parser.ParseSelector(selector) is null)
                {
                    throw new FormatException($"site rules: {rule.Label} has a selector that does not parse: {selector}");
                }
            }

            rules.Add(rule);
        }

        return new SiteRuleSet(rules);
    }

    /// <summary>The rule for a page at <paramref name="url"/> (or, failing that, its canonical URL), or null.</summary>
    public SiteRule? Find(string? url, string? canonicalUrl = null)
    {
        if (_bySite.Count == 0)
        {
            return null;
        }

        foreach (var candidate in new[] { url, canonicalUrl })
        {
            if (candidate is null || !Uri.TryCreate(candidate, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
            {
                continue;
            }

            // "news.example.com" → "news.example.com", "example.com": the most specific rule wins.
            var host = Host(uri.Host);
            while (true)
            {
                if (_bySite.TryGetValue(host, out var rule))
                {
                    return rule;
                }

                var dot = host.IndexOf('.');
                if (dot < 0 || host.IndexOf('.', dot + 1) < 0)
                {
                    break;
                }

                host = host[(dot + 1)..];
            }
        }

        return null;
    }

    private static string Host(string host)
    {
        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    private static SiteRuleSet LoadBuiltIn()
    {
        using var stream = typeof(SiteRuleSet).Assembly.GetManifestResourceStream("Triangulate.Extraction.site-rules.json")
            ?? throw new InvalidOperationException("site-rules.json is not embedded in Triangulate.Extraction");
        return Load(stream);
    }

    private sealed class RulesFile
    {
        public List<RuleEntry>? Rules { get; set; }
    }

    private sealed class RuleEntry
    {
        public string? Site { get; set; }

        public int Version { get; set; }

        public List<string>? Remove { get; set; }

        public List<string>? Content { get; set; }

        public string? Why { get; set; }
    }
}
