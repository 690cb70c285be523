using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Triangulate.Core.Dossier;

namespace Triangulate.Reports.Json;

/// <summary>
/// Writes and reads dossier JSON (format 1, docs/dossier.md): camelCase, indented, readable non-ASCII text,
/// instants in ISO 8601 with offset. Unknown values are written as <c>null</c> (an article's title, byline,
/// published…), while sections that no stage produced (<c>stories</c> and the story sections) are omitted.
/// </summary>
public static class DossierJsonWriter
{
    /// <summary>The options used for dossiers; the server can pass them to its JSON responses.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Metadata for <see cref="DossierDocument"/> under <see cref="Options"/>.</summary>
    public static JsonTypeInfo<DossierDocument> TypeInfo { get; } = (JsonTypeInfo<DossierDocument>)Options.GetTypeInfo(typeof(DossierDocument));

    public static void Write(DossierDocument dossier, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, dossier, TypeInfo);
    }

    /// <summary>
    /// Writes the compact form for big runs: on one line, with <c>"compact": true</c>, and articles without their
    /// <c>text</c> and <c>removed</c> (ids, metadata and every story section with its evidence stay, and evidence
    /// repeats the cited characters). A compact dossier cannot be read back by <see cref="Read(Stream)"/>, which
    /// needs the texts; it is for tools and people that look things up.
    /// </summary>
    public static void WriteCompact(DossierDocument dossier, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, dossier, CompactTypeInfo);
    }

    public static Task WriteAsync(DossierDocument dossier, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(stream);
        return JsonSerializer.SerializeAsync(stream, dossier, TypeInfo, cancellationToken);
    }

    /// <summary>The dossier as a JSON string.</summary>
    public static string ToJson(DossierDocument dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return JsonSerializer.Serialize(dossier, TypeInfo);
    }

    /// <summary>Reads a dossier back.</summary>
    /// <exception cref="JsonException">The stream is not a dossier (malformed JSON, a required field missing, or <c>null</c>).</exception>
    public static DossierDocument Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return NotNull(JsonSerializer.Deserialize(stream, TypeInfo), "dossier");
    }

    /// <inheritdoc cref="Read(Stream)"/>
    public static async Task<DossierDocument> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return NotNull(await JsonSerializer.DeserializeAsync(stream, TypeInfo, cancellationToken).ConfigureAwait(false), "dossier");
    }

    /// <inheritdoc cref="Read(Stream)"/>
    public static DossierDocument FromJson(string json) => Parse(json, TypeInfo, "dossier");

    /// <summary>One article in the dossier's article format, indented (for <c>triangulate show --json</c>).</summary>
    public static void WriteArticle(DossierArticle article, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(stream, article, ArticleTypeInfo);
    }

    /// <summary>One article on one line followed by a newline: a JSON Lines record that the ingest reader accepts back.</summary>
    public static void WriteArticleLine(DossierArticle article, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(article);
        JsonSerializer.Serialize(stream, article, CompactArticleTypeInfo);
        stream.WriteByte((byte)'\n');
    }

    /// <summary>Articles as one JSON array.</summary>
    public static void WriteArticles(List<DossierArticle> articles, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(articles);
        JsonSerializer.Serialize(stream, articles, (JsonTypeInfo<List<DossierArticle>>)Options.GetTypeInfo(typeof(List<DossierArticle>)));
    }

    /// <summary>One story on one line: how a living store keeps a story's computed sections. Every property of
    /// <see cref="DossierStory"/> is written, including sections other stages add later.</summary>
    public static string StoryToJson(DossierStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return JsonSerializer.Serialize(story, CompactStoryTypeInfo);
    }

    /// <summary>Reads a story written by <see cref="StoryToJson"/>.</summary>
    /// <exception cref="JsonException">The text is not a story.</exception>
    public static DossierStory StoryFromJson(string json) => Parse(json, CompactStoryTypeInfo, "story");

    /// <summary>A JSON <c>null</c> deserializes to null, but the caller asked for a <paramref name="what"/>: the text is not one.</summary>
    private static T NotNull<T>(T? value, string what)
        where T : class => value ?? throw new JsonException($"the {what} is null");

    private static T Parse<T>(string json, JsonTypeInfo<T> typeInfo, string what)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(json);
        return NotNull(JsonSerializer.Deserialize(json, typeInfo), what);
    }

    /// <summary>The dossier options on one line, for records that are stored or streamed one per line.</summary>
    private static readonly JsonSerializerOptions OneLine = new(Options) { WriteIndented = false };

    private static readonly JsonTypeInfo<DossierStory> CompactStoryTypeInfo = (JsonTypeInfo<DossierStory>)OneLine.GetTypeInfo(typeof(DossierStory));

    private static JsonTypeInfo<DossierArticle> ArticleTypeInfo => (JsonTypeInfo<DossierArticle>)Options.GetTypeInfo(typeof(DossierArticle));

    private static readonly JsonTypeInfo<DossierArticle> CompactArticleTypeInfo = (JsonTypeInfo<DossierArticle>)OneLine.GetTypeInfo(typeof(DossierArticle));

    private static readonly JsonTypeInfo<DossierDocument> CompactTypeInfo = (JsonTypeInfo<DossierDocument>)CreateCompactOptions().GetTypeInfo(typeof(DossierDocument));

    private static JsonSerializerOptions CreateCompactOptions()
    {
        var options = new JsonSerializerOptions(DossierJsonContext.Default.Options)
        {
            Encoder = DossierJsonEncoder.Instance,
            WriteIndented = false,
            TypeInfoResolver = DossierJsonContext.Default.WithAddedModifier(OmitAbsentSections).WithAddedModifier(OmitTexts),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>Compact mode: articles lose text and removed; the document says it is compact.</summary>
    private static void OmitTexts(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type == typeof(DossierArticle))
        {
            foreach (var property in typeInfo.Properties)
            {
                if (property.Name is "text" or "removed")
                {
                    property.ShouldSerialize = static (_, _) => false;
                }
            }
        }
        else if (typeInfo.Type == typeof(DossierDocument))
        {
            var compact = typeInfo.CreateJsonPropertyInfo(typeof(bool), "compact");
            compact.Get = static _ => true;
            typeInfo.Properties.Insert(1, compact);
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(DossierJsonContext.Default.Options)
        {
            Encoder = DossierJsonEncoder.Instance,
            TypeInfoResolver = DossierJsonContext.Default.WithAddedModifier(OmitAbsentSections),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>
    /// Core's model cannot carry serializer attributes for every section, so the rule "a section no stage
    /// produced is absent" is applied here: on the document and on stories, a null list or count is omitted.
    /// Other nulls (title, byline, published, first, last…) are written, meaning "unknown".
    /// </summary>
    private static void OmitAbsentSections(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Type != typeof(DossierDocument) && typeInfo.Type != typeof(DossierStory))
        {
            return;
        }

        foreach (var property in typeInfo.Properties)
        {
            if (IsSection(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }

    private static bool IsSection(Type type) =>
        type == typeof(int?) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>));
}
