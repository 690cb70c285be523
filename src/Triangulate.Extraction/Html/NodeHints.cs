using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>What an element's tag, class, id and role say about it, before any text is counted.</summary>
internal static partial class NodeHints
{
    /// <summary>Tags whose content is never article text: dropped with their subtree.</summary>
    private static readonly HashSet<string> NoiseTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "video", "audio", "button", "select", "option", "textarea", "input", "label", "nav", "aside", "footer",
        "figure", "figcaption", "head", "title", "meta", "link", "dialog", "menu", "picture", "map",
    };

    // Names of whole sections of furniture (reader comments, promotion, related links, sidebars, and the
    // hover cards some sites nest inside a paragraph's links):
    // boilerplate even when an article-like word is also present ("related-articles", "article-comments").
    [GeneratedRegex(@"comment|disqus|related|recommend|promo|newsletter|subscri|signup|sign-up|cookie|consent|gdpr|sidebar|side-bar|breadcrumb|advert|\bads?\b|-ad-|\bad-|adslot|\bdfp|sponsor|outbrain|taboola|popup|modal|masthead|footer|most-?popular|most-?read|trending|read-?more|more-stories|also-read|you-may|further-reading|next-article|tooltip|popover|notification-?bar|hover-?card|(?:rollover|hover)[\w-]*(?:block|card|content|box)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongNegativeRegex();

    // Names of small furniture (share bars, captions, bylines): boilerplate, but a page that wraps its
    // whole article in a mis-closed byline div must not lose it, so these give way to much text.
    [GeneratedRegex(@"\bshare|sharing|social|caption|credit|byline|author|dateline|\btags?\b|tag-list|\bbio\b|sr-only|visually-hidden|screen-reader|offscreen", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SmallNegativeRegex();

    // Names that usually mark page furniture but that an article-like word overrides. "paywall" is here
    // because publishers put it on the story container itself ("ArticlePage-content paywall") as often
    // as on the subscription box.
    [GeneratedRegex(@"\bnav|navbar|menu|widget|\bmeta\b|\btools?\b|toolbar|timestamp|published|updated|\bskip|\bsearch|login|account|rating|\bjump|\btoc\b|infobox|\bprint|pager|pagination|banner|\bprev|overlay|keywords|paywall", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeakNegativeRegex();

    [GeneratedRegex(@"article|story|body|content|entry|main|post|text|blog|column|paragraph|prose|rich-?text|news|detail", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PositiveRegex();

    // Embedded posts (tweets, Instagram) quoted by the story are part of it, whatever their wrapper says.
    [GeneratedRegex(@"\bembed|twitter-tweet|instagram-media|tiktok-embed", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmbedRegex();

    [GeneratedRegex(@"comment|disqus|repl(?:y|ies)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentRegex();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HiddenStyleRegex();

    private static readonly HashSet<string> NoiseRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "complementary", "contentinfo", "menu", "menubar", "search", "dialog", "alert", "toolbar",
    };

    public static bool IsNoiseTag(string tag) => NoiseTags.Contains(tag);

    private static readonly HashSet<string> StampProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        "datePublished", "dateModified", "dateCreated", "author", "publisher",
    };

    public static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is not null && style.Length < 2000 && HiddenStyleRegex().IsMatch(style))
        {
            return true;
        }

        var role = element.GetAttribute("role");
        return role is not null && NoiseRoles.Contains(role);
    }

    /// <summary>
    /// The class and id joined, plus a schema.org stamp property ("datePublished", "author"): a date or
    /// byline the publisher marked up is furniture even inside the story container, whatever its class.
    /// Empty when none is set.
    /// </summary>
    public static string Names(IElement element)
    {
        var cls = element.GetAttribute("class");
        var id = element.GetAttribute("id");
        var prop = element.GetAttribute("itemprop");
        if (prop is not null && !StampProperties.Contains(prop))
        {
            prop = null;
        }

        if (cls is null && id is null && prop is null)
        {
            return string.Empty;
        }

        var joined = (cls ?? string.Empty) + " " + (id ?? string.Empty) + (prop is null ? string.Empty : " " + prop);
        if (joined.Length > 500)
        {
            joined = joined[..500];
        }

        return SplitCamelCase(joined);
    }

    /// <summary>"AdsLeft storyBox" → "Ads-Left story-Box", so word-bounded patterns see camel-cased names' words.</summary>
    private static string SplitCamelCase(string names)
    {
        var humps = 0;
        for (var i = 1; i < names.Length; i++)
        {
            if (char.IsAsciiLetterUpper(names[i]) && char.IsAsciiLetterLower(names[i - 1]))
            {
                humps++;
            }
        }

        if (humps == 0)
        {
            return names;
        }

        return string.Create(names.Length + humps, names, static (span, source) =>
        {
            var j = 0;
            for (var i = 0; i < source.Length; i++)
            {
                if (i > 0 && char.IsAsciiLetterUpper(source[i]) && char.IsAsciiLetterLower(source[i - 1]))
                {
                    span[j++] = '-';
                }

                span[j++] = source[i];
            }
        });
    }

    /// <summary>+25 for article-like names, −25 for boilerplate-like ones (both may apply).</summary>
    public static int ClassWeight(string names)
    {
        if (names.Length == 0 || IsEmbed(names))
        {
            return 0;
        }

        var weight = 0;
        if (StrongNegativeRegex().IsMatch(names) || SmallNegativeRegex().IsMatch(names) || WeakNegativeRegex().IsMatch(names))
        {
            weight -= 25;
        }

        if (PositiveRegex().IsMatch(names))
        {
            weight += 25;
        }

        return weight;
    }

    /// <summary>An embedded post, but not the caption or credit line of an embedded image.</summary>
    private static bool IsEmbed(string names) =>
        EmbedRegex().IsMatch(names) && !names.Contains("caption", StringComparison.OrdinalIgnoreCase) && !names.Contains("credit", StringComparison.OrdinalIgnoreCase);

    /// <summary>What kind of furniture the names announce, if any.</summary>
    public static Furniture Classify(string names)
    {
        if (names.Length == 0 || IsEmbed(names))
        {
            return Furniture.None;
        }

        if (StrongNegativeRegex().IsMatch(names))
        {
            // Reader comments stay a section whatever else the names say ("article-comments").
            return PositiveRegex().IsMatch(names) && !CommentRegex().IsMatch(names) ? Furniture.MixedSection : Furniture.Section;
        }

        if (SmallNegativeRegex().IsMatch(names) || (WeakNegativeRegex().IsMatch(names) && !PositiveRegex().IsMatch(names)))
        {
            return Furniture.Small;
        }

        return Furniture.None;
    }
}
