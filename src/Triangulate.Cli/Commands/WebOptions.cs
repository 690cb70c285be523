using System.CommandLine;
using System.Globalization;
using Triangulate.Ingest.Web;

namespace Triangulate.Cli.Commands;

/// <summary>
/// The politeness and safety options of every command that fetches from the web (analyze, ingest, watch), defined
/// once: --user-agent, --timeout, --max-bytes, --min-delay, --allow-host. Private and loopback addresses stay
/// refused unless their host is named with --allow-host.
/// </summary>
public sealed class WebOptions
{
    private readonly Option<string> _userAgent = CommonOptions.WithDefault("--user-agent", "TEXT", UrlFetchOptions.DefaultUserAgent,
        "User-Agent sent with every request (default names Triangulate and says it is a polite news crawler).");

    private readonly Option<TimeSpan> _timeout = Duration("--timeout", "Longest wait for one response, redirects included (e.g. 10s).", TimeSpan.FromSeconds(10));

    private readonly Option<long> _maxBytes = CommonOptions.WithDefault("--max-bytes", "N", 4L * 1024 * 1024,
        "Largest response accepted, after decompression, in bytes (default 4194304 = 4 MiB).");

    private readonly Option<TimeSpan> _minDelay = Duration("--min-delay", "Least time between two requests to one host; a robots.txt Crawl-delay can lengthen it (e.g. 1s).", TimeSpan.FromSeconds(1));

    private readonly Option<string[]> _allowHost = CommonOptions.AllowHost(
        "A host that may resolve to a private or loopback address (intranet sources, tests). Repeat for several.", severalPerToken: false);

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        CommonOptions.AddAll(command, _userAgent, _timeout, _maxBytes, _minDelay, _allowHost);
    }

    public UrlFetchOptions Fetch(ParseResult parse) => new()
    {
        UserAgent = parse.GetValue(_userAgent) ?? UrlFetchOptions.DefaultUserAgent,
        Timeout = parse.GetValue(_timeout),
        MaxBytes = parse.GetValue(_maxBytes),
        AllowedHosts = new HashSet<string>(parse.GetValue(_allowHost) ?? [], StringComparer.OrdinalIgnoreCase),
    };

    public PolitenessOptions Politeness(ParseResult parse) => new() { MinHostDelay = parse.GetValue(_minDelay) };

    /// <summary>A polite fetcher with these options on <paramref name="clock"/>.</summary>
    public PoliteFetcher CreateFetcher(ParseResult parse, TimeProvider clock) => new(new SafeFetcher(Fetch(parse)), Politeness(parse), clock);

    /// <summary>An option read as a duration: a number with a unit, ms, s, m, h or d ("500ms", "10s", "5m").</summary>
    public static Option<TimeSpan> Duration(string name, string description, TimeSpan defaultValue) => new(name)
    {
        Description = description,
        HelpName = "DURATION",
        DefaultValueFactory = _ => defaultValue,
        CustomParser = r =>
        {
            var text = r.Tokens[^1].Value;
            if (TryParseDuration(text, out var value) && value > TimeSpan.Zero)
            {
                return value;
            }

            r.AddError($"{name} {text}: expected a positive duration such as 500ms, 10s, 5m, 2h or 1d.");
            return defaultValue;
        },
    };

    public static bool TryParseDuration(string text, out TimeSpan value)
    {
        value = default;
        var trimmed = text.Trim();
        var split = 0;
        while (split < trimmed.Length && (char.IsAsciiDigit(trimmed[split]) || trimmed[split] == '.'))
        {
            split++;
        }

        if (split == 0 || !double.TryParse(trimmed[..split], NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        double? ms = trimmed[split..].ToLowerInvariant() switch
        {
            "ms" => number,
            "s" or "" => number * 1000,
            "m" or "min" => number * 60_000,
            "h" => number * 3_600_000,
            "d" => number * 86_400_000,
            _ => null,
        };
        if (ms is null || ms > TimeSpan.MaxValue.TotalMilliseconds / 2)
        {
            return false;
        }

        value = TimeSpan.FromMilliseconds(ms.Value);
        return true;
    }
}
