namespace Triangulate.Engine.Living;

/// <summary>
/// The clusterer's document frequencies as of one commit (<see cref="ArticleSeq"/>): written every few batches
/// rather than every batch, because a batch touches thousands of terms. On open, the articles committed after
/// it are counted again from the store, so the frequencies come back exact.
/// </summary>
internal sealed record FrequencyCheckpoint(long ArticleSeq, int Documents, int[] Frequencies)
{
    public const string Key = "df";
    private const byte Format = 1;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var z = new System.IO.Compression.ZLibStream(stream, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        using (var w = new BinaryWriter(z))
        {
            w.Write(Format);
            w.Write(ArticleSeq);
            w.Write(Documents);
            w.Write7BitEncodedInt(Frequencies.Length);
            foreach (var f in Frequencies)
            {
                w.Write7BitEncodedInt(f);
            }
        }

        return stream.ToArray();
    }

    public static FrequencyCheckpoint? FromBytes(byte[]? data)
    {
        if (data is null)
        {
            return null;
        }

        using var z = new System.IO.Compression.ZLibStream(new MemoryStream(data), System.IO.Compression.CompressionMode.Decompress);
        using var r = new BinaryReader(z);
        if (r.ReadByte() != Format)
        {
            throw new InvalidDataException("the document-frequency checkpoint is in an unknown format");
        }

        var seq = r.ReadInt64();
        var documents = r.ReadInt32();
        var frequencies = new int[r.Read7BitEncodedInt()];
        for (var i = 0; i < frequencies.Length; i++)
        {
            frequencies[i] = r.Read7BitEncodedInt();
        }

        return new FrequencyCheckpoint(seq, documents, frequencies);
    }
}
