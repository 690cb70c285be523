using Triangulate.Core.Model;
using Triangulate.Nlp.Models;

namespace Triangulate.Nlp.Entities;

/// <summary>
/// A trained NER model: hashed perceptron weights (buckets × 9 BIO tags), word clusters and gazetteers.
/// Stored gzip-compressed with weights quantised to 16 bits and all-zero rows omitted. Immutable after
/// load and safe to share between threads.
/// </summary>
public sealed class NerModel
{
    /// <summary>Manifest name of the model embedded in this assembly.</summary>
    public const string ResourceName = "Triangulate.Nlp.Models.ner.model.gz";

    private static readonly ModelFormat<NerModel> Format = new(ResourceName, magic: "TRINER", version: 3, kind: "NER", ReadBody);

    internal NerModel(int bits, float[] weights, WordClusters clusters, Gazetteer gazetteer, int beam)
    {
        Bits = bits;
        Beam = beam;
        Weights = weights;
        Clusters = clusters;
        Gazetteer = gazetteer;
        Featurizer = new NerFeaturizer(clusters, bits);
        NonZeroRows = MarkNonZeroRows(weights);
    }

    /// <summary>log2 of the number of feature buckets.</summary>
    public int Bits { get; }

    /// <summary>Beam width used in training and decoding.</summary>
    public int Beam { get; }

    internal float[] Weights { get; }
    internal WordClusters Clusters { get; }
    internal Gazetteer Gazetteer { get; }
    internal NerFeaturizer Featurizer { get; }

    /// <summary>One bit per bucket, set when its row holds a non-zero weight (the weights never change after construction).</summary>
    internal ulong[] NonZeroRows { get; }

    /// <summary>True when a model was embedded at build time.</summary>
    public static bool HasEmbedded => Format.Embedded is not null;

    /// <summary>The embedded model.</summary>
    /// <exception cref="InvalidOperationException">No model was embedded (train one with NerTrainer).</exception>
    public static NerModel Default => Format.Embedded ?? throw new InvalidOperationException(
        $"No NER model is embedded in {typeof(NerModel).Assembly.GetName().Name}; rebuild it with the command in src/Triangulate.Nlp/Models/ner.model.json.");

    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static NerModel Load(Stream stream) => Format.Read(stream);

    private static NerModel ReadBody(BinaryReader r)
    {
        var bits = r.ReadInt32();
        var beam = r.ReadInt32();
        var clusters = WordClusters.Read(r);
        var gazetteer = Gazetteer.Read(r);
        var scale = r.ReadSingle();
        var rows = r.ReadInt32();
        var weights = new float[(1 << bits) * NerLabels.Count];
        var row = 0;
        for (var k = 0; k < rows; k++)
        {
            row += r.Read7BitEncodedInt();
            var mask = r.ReadUInt16();
            for (var t = 0; t < NerLabels.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    weights[(row * NerLabels.Count) + t] = r.ReadInt16() * scale;
                }
            }
        }

        return new NerModel(bits, weights, clusters, gazetteer, beam);
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream) => Format.Write(stream, WriteBody);

    private void WriteBody(BinaryWriter w)
    {
        w.Write(Bits);
        w.Write(Beam);
        Clusters.Write(w);
        Gazetteer.Write(w);
        var max = 0f;
        foreach (var x in Weights)
        {
            max = Math.Max(max, Math.Abs(x));
        }

        var scale = max == 0 ? 1f : max / short.MaxValue;
        w.Write(scale);
        var rows = CountRows(scale);
        w.Write(rows);
        var last = 0;
        for (var row = 0; row < 1 << Bits; row++)
        {
            var mask = RowMask(row, scale);
            if (mask == 0)
            {
                continue;
            }

            w.Write7BitEncodedInt(row - last);
            last = row;
            w.Write((ushort)mask);
            for (var t = 0; t < NerLabels.Count; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    w.Write(Quantize(Weights[(row * NerLabels.Count) + t], scale));
                }
            }
        }
    }

    private int CountRows(float scale)
    {
        var rows = 0;
        for (var row = 0; row < 1 << Bits; row++)
        {
            rows += RowMask(row, scale) != 0 ? 1 : 0;
        }

        return rows;
    }

    private int RowMask(int row, float scale)
    {
        var mask = 0;
        for (var t = 0; t < NerLabels.Count; t++)
        {
            if (Quantize(Weights[(row * NerLabels.Count) + t], scale) != 0)
            {
                mask |= 1 << t;
            }
        }

        return mask;
    }

    private static short Quantize(float x, float scale) => (short)Math.Clamp(MathF.Round(x / scale), short.MinValue, short.MaxValue);

    /// <summary>The fine cluster id of a word (0 = unknown), for inspecting cluster quality.</summary>
    public int DebugCluster(string word) => WordClusters.Fine(Clusters.Lookup(word, FeatureHash.Of(word)));

    /// <summary>Number of non-zero weights (for reports).</summary>
    public int NonZeroWeights()
    {
        var n = 0;
        foreach (var x in Weights)
        {
            n += x != 0 ? 1 : 0;
        }

        return n;
    }

    /// <summary>Tags the sentences of one document, in order; returns tag indices per sentence.</summary>
    internal int[][] Decode(IReadOnlyList<(string Text, TextSpan[] Tokens)> sentences, CancellationToken cancellationToken)
    {
        var doc = new NerDocumentContext();
        var analyzed = new NerToken[sentences.Count][];
        for (var k = 0; k < sentences.Count; k++)
        {
            analyzed[k] = Featurizer.Analyze(sentences[k].Text, sentences[k].Tokens, Gazetteer);
            NerFeaturizer.ObserveCasing(analyzed[k], doc);
        }

        var result = new int[sentences.Count][];
        var decoder = new NerDecoder(Featurizer, Beam);
        for (var k = 0; k < sentences.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = Featurizer.Featurize(analyzed[k], doc);
            result[k] = new int[prepared.Length];
            decoder.Decode(Weights, NonZeroRows, prepared, doc, result[k]);
        }

        return result;
    }

    private static ulong[] MarkNonZeroRows(float[] weights)
    {
        var rows = weights.Length / NerLabels.Count;
        var bits = new ulong[(rows + 63) / 64];
        for (var row = 0; row < rows; row++)
        {
            if (weights.AsSpan(row * NerLabels.Count, NerLabels.Count).ContainsAnyExcept(0f))
            {
                bits[row >> 6] |= 1UL << row;
            }
        }

        return bits;
    }
}
