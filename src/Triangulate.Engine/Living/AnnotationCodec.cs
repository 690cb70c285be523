using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Triangulate.Core.Annotations;
using Triangulate.Core.Model;

namespace Triangulate.Engine.Living;

/// <summary>
/// Stores an article's annotation layers compactly: span-only layers (tokens, sentences) as delta-coded
/// varints, every other layer as JSON of its records, so a field a stage adds to its annotation type is kept
/// without this codec knowing it. Layers are found by their <see cref="LayerKey{T}"/> declarations (in
/// <see cref="Layers"/> and in the assemblies of the pipeline's stages); an article holding a layer without a
/// declaration fails loudly rather than losing it.
/// </summary>
public sealed class AnnotationCodec
{
    private const byte Format = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        IgnoreReadOnlyProperties = true,
    };

    private readonly Dictionary<string, ILayerCodec> _codecs = new(StringComparer.Ordinal);

    /// <param name="assemblies">Assemblies to search for layer declarations besides Core's.</param>
    public AnnotationCodec(IEnumerable<Assembly>? assemblies = null)
    {
        foreach (var assembly in (assemblies ?? []).Prepend(typeof(Layers).Assembly).Distinct())
        {
            foreach (var key in DeclaredKeys(assembly))
            {
                var elementType = key.GetType().GetGenericArguments()[0];
                var codecType = typeof(LayerCodec<>).MakeGenericType(elementType);
                _codecs.TryAdd(key.Name, (ILayerCodec)Activator.CreateInstance(codecType, key, Json)!);
            }
        }
    }

    /// <summary>A codec that knows the layers of every stage of <paramref name="stages"/>.</summary>
    public static AnnotationCodec For(IEnumerable<object> stages) => new(stages.Select(s => s.GetType().Assembly));

    public byte[] Encode(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        writer.Write(Format);
        var names = article.Annotations.Names.Order(StringComparer.Ordinal).ToList();
        writer.Write7BitEncodedInt(names.Count);
        foreach (var name in names)
        {
            if (!_codecs.TryGetValue(name, out var codec))
            {
                throw new InvalidOperationException($"annotation layer '{name}' has no declared LayerKey the store codec can find; declare it as a static LayerKey field in its stage's assembly");
            }

            writer.Write(name);
            codec.Write(article.Annotations, writer);
        }

        writer.Flush();
        return stream.ToArray();
    }

    /// <summary>Sets the stored layers on <paramref name="article"/> (its text must be the one they were made on); with
    /// <paramref name="only"/>, just those layers (the others are stepped over unread: a caller that reads one layer
    /// skips the cost of parsing the rest).</summary>
    /// <exception cref="InvalidDataException">The bytes are not an annotation record of a known format or layer.</exception>
    public void Decode(byte[] data, Article article, IReadOnlySet<string>? only = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(article);
        using var reader = new BinaryReader(new MemoryStream(data));
        if (reader.ReadByte() != Format)
        {
            throw new InvalidDataException($"annotations of article {article.Id} are in an unknown format");
        }

        var count = reader.Read7BitEncodedInt();
        for (var i = 0; i < count; i++)
        {
            var name = reader.ReadString();
            if (!_codecs.TryGetValue(name, out var codec))
            {
                throw new InvalidDataException($"annotations of article {article.Id} hold layer '{name}', which this build does not declare");
            }

            if (only is null || only.Contains(name))
            {
                codec.Read(reader, article.Annotations);
            }
            else
            {
                codec.Skip(reader);
            }
        }
    }

    private static IEnumerable<ILayerKey> DeclaredKeys(Assembly assembly)
    {
        Type[] types;
        try
        {
            types = assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            types = [.. ex.Types.OfType<Type>()];
        }

        foreach (var type in types)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                if (field.FieldType.IsGenericType && field.FieldType.GetGenericTypeDefinition() == typeof(LayerKey<>) && field.GetValue(null) is ILayerKey key)
                {
                    yield return key;
                }
            }
        }
    }

    private interface ILayerCodec
    {
        void Write(AnnotationSet set, BinaryWriter writer);

        void Read(BinaryReader reader, AnnotationSet set);

        void Skip(BinaryReader reader);
    }

    private sealed class LayerCodec<T>(LayerKey<T> key, JsonSerializerOptions options) : ILayerCodec where T : IAnnotation
    {
        // Tokens and sentences are most of an article's annotations and carry nothing but their span.
        private static readonly Func<TextSpan, T>? SpanOnly =
            typeof(T) == typeof(Token) ? s => (T)(IAnnotation)new Token(s)
            : typeof(T) == typeof(Sentence) ? s => (T)(IAnnotation)new Sentence(s)
            : null;

        public void Write(AnnotationSet set, BinaryWriter writer)
        {
            var items = set.Get(key);
            if (SpanOnly is not null)
            {
                writer.Write7BitEncodedInt(items.Count);
                var previous = 0;
                foreach (var item in items)
                {
                    writer.Write7BitEncodedInt(item.Span.Start - previous);
                    writer.Write7BitEncodedInt(item.Span.Length);
                    previous = item.Span.Start;
                }

                return;
            }

            var json = JsonSerializer.SerializeToUtf8Bytes(items, options);
            writer.Write7BitEncodedInt(json.Length);
            writer.Write(json);
        }

        public void Read(BinaryReader reader, AnnotationSet set)
        {
            if (SpanOnly is not null)
            {
                var count = reader.Read7BitEncodedInt();
                var items = new List<T>(count);
                var start = 0;
                for (var i = 0; i < count; i++)
                {
                    start += reader.Read7BitEncodedInt();
                    items.Add(SpanOnly(new TextSpan(start, reader.Read7BitEncodedInt())));
                }

                set.Set(key, items);
                return;
            }

            var json = reader.ReadBytes(reader.Read7BitEncodedInt());
            set.Set(key, JsonSerializer.Deserialize<List<T>>(json, options) ?? []);
        }

        public void Skip(BinaryReader reader)
        {
            if (SpanOnly is not null)
            {
                var count = reader.Read7BitEncodedInt();
                for (var i = 0; i < 2 * count; i++)
                {
                    reader.Read7BitEncodedInt();
                }

                return;
            }

            reader.BaseStream.Seek(reader.Read7BitEncodedInt(), SeekOrigin.Current);
        }
    }
}
