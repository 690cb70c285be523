using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Captions found by what they repeat rather than by their class names: a paragraph that restates an
/// image's alt or title text is that image's caption. Galleries often print the same caption two or three
/// times (full, truncated, "remote" copies), and a site whose class names we do not know gives no other
/// sign of them.
/// </summary>
internal sealed class ImageCaptions
{
    /// <summary>
    /// Alt texts shorter than this are labels ("Photo", a name), which a real sentence may well start with.
    /// 40 chars is about eight words: long enough that a paragraph sharing it is a copy.
    /// </summary>
    private const int MinAltChars = 40;

    /// <summary>
    /// Alt texts kept per page: every paragraph is compared with each, so a page of thousands of images
    /// must not make the check quadratic. 500 is far beyond any real gallery.
    /// </summary>
    private const int MaxAlts = 500;

    private readonly List<string> alts = [];

    private ImageCaptions()
    {
    }

    public static ImageCaptions From(IElement root)
    {
        var captions = new ImageCaptions();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var img in root.GetElementsByTagName("img"))
        {
            foreach (var text in new[] { img.GetAttribute("alt"), img.GetAttribute("title") })
            {
                if (text is { Length: >= MinAltChars } && Key(text) is { Length: >= MinAltChars } key && seen.Add(key))
                {
                    captions.alts.Add(key);
                    if (captions.alts.Count == MaxAlts)
                    {
                        return captions;
                    }
                }
            }
        }

        return captions;
    }

    /// <summary>
    /// The paragraph is an alt text, the alt text plus a short credit ("… Photo: AP"), or the alt text cut
    /// short, with at most a toggle word after the cut ("… The Islanders ... more").
    /// </summary>
    public bool IsCaption(string paragraph)
    {
        if (alts.Count == 0 || paragraph.Length < MinAltChars)
        {
            return false;
        }

        var key = Key(paragraph);
        foreach (var alt in alts)
        {
            var shared = key.AsSpan().CommonPrefixLength(alt);
            if (shared == alt.Length ? key.Length - alt.Length <= 80 : shared >= MinAltChars && shared * 10 >= key.Length * 9)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Lower case letters and digits only, so quotes, dashes and ellipses do not hide a copy.</summary>
    private static string Key(string text)
    {
        var chars = new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }
}
