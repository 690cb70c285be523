using System.Text.Json;
using AngleSharp.Dom;

namespace Triangulate.Extraction.Html;

/// <summary>
/// Reads schema.org JSON-LD blocks. Article-typed objects win; other objects (WebPage) only fill dates
/// and publisher that no article gave. Malformed blocks are common on real pages and are passed over.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxBlockChars = 2_000_000;

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    public static JsonLdArticle? Read(IDocument document)
    {
        JsonLdArticle? article = null;
        JsonLdArticle? other = null;
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            var json = script.TextContent;
            if (json.Length == 0 || json.Length > MaxBlockChars)
            {
                continue;
            }

            JsonDocument parsed;
            try
            {
                parsed = JsonDocument.Parse(json.Trim().TrimEnd(';'), Options);
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often invalid (stray commas, unescaped quotes): the other
                // metadata sources still apply, so the block is simply not used.
                continue;
            }

            using (parsed)
            {
                Visit(parsed.RootElement, ref article, ref other, 0);
            }
        }

        if (article is null)
        {
            return other;
        }

        if (other is not null)
        {
            article.Published ??= other.Published;
            article.Modified ??= other.Modified;
            article.Publisher ??= other.Publisher;
        }

        return article;
    }

    private static void Visit(JsonElement element, ref JsonLdArticle? article, ref JsonLdArticle? other, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Visit(item, ref article, ref other, depth + 1);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            Visit(graph, ref article, ref other, depth + 1);
        }

        if (IsArticleType(element))
        {
            if (article is null || (article.Body is null && Str(element, "articleBody") is not null))
            {
                var found = Fill(element);
                if (article is not null)
                {
                    found.Headline ??= article.Headline;
                    found.Published ??= article.Published;
                }

                article = found;
            }
        }
        else if (other is null && (element.TryGetProperty("datePublished", out _) || element.TryGetProperty("publisher", out _)))
        {
            other = Fill(element);
        }

        if (element.TryGetProperty("mainEntity", out var main))
        {
            Visit(main, ref article, ref other, depth + 1);
        }
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }

        if (type.ValueKind == JsonValueKind.String)
        {
            return IsArticleTypeName(type.GetString());
        }

        if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray())
            {
                if (t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsArticleTypeName(string? name) =>
        name is not null && (name.EndsWith("Article", StringComparison.OrdinalIgnoreCase)
            || name.Equals("BlogPosting", StringComparison.OrdinalIgnoreCase)
            || name.Equals("LiveBlogPosting", StringComparison.OrdinalIgnoreCase)
            || name.Equals("Report", StringComparison.OrdinalIgnoreCase)
            || name.Equals("SocialMediaPosting", StringComparison.OrdinalIgnoreCase));

    private static JsonLdArticle Fill(JsonElement e)
    {
        var a = new JsonLdArticle
        {
            Headline = Str(e, "headline") ?? Str(e, "name"),
            Body = Str(e, "articleBody") ?? Str(e, "text"),
            Published = Str(e, "datePublished") ?? Str(e, "dateCreated"),
            Modified = Str(e, "dateModified"),
            Url = Str(e, "url") ?? Str(e, "@id"),
            Language = Str(e, "inLanguage"),
        };
        if (e.TryGetProperty("author", out var author))
        {
            AddNames(author, a.Authors, 0);
        }

        if (e.TryGetProperty("publisher", out var publisher))
        {
            a.Publisher = publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : Str(publisher, "name");
        }

        return a;
    }

    private static void AddNames(JsonElement e, List<string> names, int depth)
    {
        if (depth > 3)
        {
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.String:
                Add(names, e.GetString());
                break;
            case JsonValueKind.Object:
                Add(names, Str(e, "name"));
                break;
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    AddNames(item, names, depth + 1);
                }

                break;
        }
    }

    private static void Add(List<string> names, string? name)
    {
        name = name?.Trim();
        if (!string.IsNullOrEmpty(name) && name.Length < 100 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
        {
            names.Add(name);
        }
    }

    private static string? Str(JsonElement e, string property)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var value))
        {
            return null;
        }

        var s = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }
}
