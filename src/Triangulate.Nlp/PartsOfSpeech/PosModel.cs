using Triangulate.Nlp.Models;

namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>
/// A trained part-of-speech model: the tag set, a dictionary of frequent words that always carry one tag, and
/// sparse averaged-perceptron weights (feature hash → the tags it votes for). Stored gzip-compressed with
/// weights quantised to 8 bits. Immutable after load and safe to share between threads.
/// </summary>
public sealed class PosModel
{
    /// <summary>Manifest name of the model embedded in this assembly.</summary>
    public const string ResourceName = "Triangulate.Nlp.Models.pos.model.gz";

    private static readonly ModelFormat<PosModel> Format = new(ResourceName, magic: "TRIPOS", version: 1, kind: "part-of-speech", ReadBody);

    private readonly Dictionary<ulong, int> _rowOf;

    /// <summary>Each feature's weight range, looked up once per feature of every word tagged (see <see cref="FeatureTable{TValue}"/>).</summary>
    private readonly FeatureTable<(int Start, int End)> _rangeOf;
    private readonly int[] _rowStart;
    private readonly byte[] _tagOf;
    private readonly float[] _weight;

    internal PosModel(string[] tags, Dictionary<string, int> unambiguous, Dictionary<ulong, int> rowOf, int[] rowStart, byte[] tagOf, float[] weight)
    {
        Tags = tags;
        Unambiguous = unambiguous;
        _rowOf = rowOf;
        _rowStart = rowStart;
        _rangeOf = new FeatureTable<(int Start, int End)>(rowOf.ToDictionary(kv => kv.Key, kv => (rowStart[kv.Value], rowStart[kv.Value + 1])));
        _tagOf = tagOf;
        _weight = weight;
    }

    /// <summary>The tag set, in model order.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Frequent words (as written) that carried one tag in nearly every training occurrence.</summary>
    internal Dictionary<string, int> Unambiguous { get; }

    /// <summary>Number of feature rows kept.</summary>
    public int Rows => _rowOf.Count;

    /// <summary>True when a model was embedded at build time.</summary>
    public static bool HasEmbedded => Format.Embedded is not null;

    /// <summary>The embedded model.</summary>
    /// <exception cref="InvalidOperationException">No model was embedded (train one with tools/Triangulate.PosTrain).</exception>
    public static PosModel Default => Format.Embedded ?? throw new InvalidOperationException(
        $"No part-of-speech model is embedded in {typeof(PosModel).Assembly.GetName().Name}; rebuild it with the command in src/Triangulate.Nlp/Models/pos.model.json.");

    /// <summary>Adds the weights of <paramref name="feature"/> to <paramref name="scores"/>.</summary>
    internal void Add(ulong feature, Span<float> scores)
    {
        if (!_rangeOf.TryGetValue(feature, out var range))
        {
            return;
        }

        for (var k = range.Start; k < range.End; k++)
        {
            scores[_tagOf[k]] += _weight[k];
        }
    }

    public static PosModel Load(Stream stream) => Format.Read(stream);

    private static PosModel ReadBody(BinaryReader r)
    {
        var tags = new string[r.ReadInt32()];
        for (var t = 0; t < tags.Length; t++)
        {
            tags[t] = r.ReadString();
        }

        var words = r.ReadInt32();
        var unambiguous = new Dictionary<string, int>(words, StringComparer.Ordinal);
        for (var k = 0; k < words; k++)
        {
            unambiguous[r.ReadString()] = r.ReadByte();
        }

        var scale = r.ReadSingle();
        var rows = r.ReadInt32();
        var rowOf = new Dictionary<ulong, int>(rows);
        var rowStart = new int[rows + 1];
        var tagOf = new List<byte>(rows * 3);
        var weight = new List<float>(rows * 3);
        for (var row = 0; row < rows; row++)
        {
            rowOf[r.ReadUInt64()] = row;
            rowStart[row] = tagOf.Count;
            var n = r.ReadByte();
            for (var k = 0; k < n; k++)
            {
                tagOf.Add(r.ReadByte());
                weight.Add(r.ReadSByte() * scale);
            }
        }

        rowStart[rows] = tagOf.Count;
        return new PosModel(tags, unambiguous, rowOf, rowStart, [.. tagOf], [.. weight]);
    }

    /// <summary>Writes the model; weights are quantised to 8 bits on a common scale.</summary>
    public void Save(Stream stream) => Format.Write(stream, WriteBody);

    private void WriteBody(BinaryWriter w)
    {
        w.Write(Tags.Count);
        foreach (var t in Tags)
        {
            w.Write(t);
        }

        w.Write(Unambiguous.Count);
        foreach (var (word, tag) in Unambiguous.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(word);
            w.Write((byte)tag);
        }

        var max = _weight.Length == 0 ? 1f : _weight.Max(Math.Abs);
        var scale = max / 127f;
        w.Write(scale);
        w.Write(_rowOf.Count);
        foreach (var (feature, row) in _rowOf.OrderBy(kv => kv.Key))
        {
            w.Write(feature);
            w.Write((byte)(_rowStart[row + 1] - _rowStart[row]));
            for (var k = _rowStart[row]; k < _rowStart[row + 1]; k++)
            {
                w.Write(_tagOf[k]);
                w.Write((sbyte)Math.Clamp(MathF.Round(_weight[k] / scale), -127, 127));
            }
        }
    }
}
