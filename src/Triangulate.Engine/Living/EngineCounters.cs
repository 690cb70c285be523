namespace Triangulate.Engine.Living;

/// <summary>
/// The engine's small global state, written with every commit: the last article seq, the clusterer's
/// sequence and next story number, the commit generation (another process's commit shows as a newer one),
/// the newest publication date seen (the stream clock for the lineage window and "went quiet"), and the seq
/// and vocabulary size of the last document-frequency checkpoint.
/// </summary>
internal sealed record EngineCounters
{
    public const string Key = "counters";
    private const byte Format = 1;

    public long ArticleSeq { get; init; }
    public long ClusterSequence { get; init; }
    public int NextStoryNumber { get; init; } = 1;
    public long Generation { get; init; }
    public DateTimeOffset? NewestPublished { get; init; }
    public long BatchesSinceCheckpoint { get; init; }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write(Format);
        w.Write(ArticleSeq);
        w.Write(ClusterSequence);
        w.Write(NextStoryNumber);
        w.Write(Generation);
        w.Write(NewestPublished?.ToUnixTimeMilliseconds() ?? long.MinValue);
        w.Write(BatchesSinceCheckpoint);
        w.Flush();
        return stream.ToArray();
    }

    public static EngineCounters FromBytes(byte[]? data)
    {
        if (data is null)
        {
            return new EngineCounters();
        }

        using var r = new BinaryReader(new MemoryStream(data));
        if (r.ReadByte() != Format)
        {
            throw new InvalidDataException("engine counters are in an unknown format");
        }

        var counters = new EngineCounters
        {
            ArticleSeq = r.ReadInt64(),
            ClusterSequence = r.ReadInt64(),
            NextStoryNumber = r.ReadInt32(),
            Generation = r.ReadInt64(),
        };
        var newest = r.ReadInt64();
        return counters with
        {
            NewestPublished = newest == long.MinValue ? null : DateTimeOffset.FromUnixTimeMilliseconds(newest),
            BatchesSinceCheckpoint = r.ReadInt64(),
        };
    }
}
