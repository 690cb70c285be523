using Triangulate.Stories.Clustering;

namespace Triangulate.Engine.Living;

/// <summary>One story's clustering state (centroids, kept members' vectors) in binary, without its article ids,
/// which the store keeps as membership rows. Format 2 adds the anchor vectors, each member's site and headline names
/// (without them a story read back from the store lost the anchor shield, the same-site factor and the headline-name
/// join); format 1 still reads, with none of them.</summary>
internal static class StorySnapshotCodec
{
    private const byte Format = 2;

    public static byte[] Encode(StorySnapshot s)
    {
        using var stream = new MemoryStream();
        using var w = new BinaryWriter(stream);
        w.Write(Format);
        w.Write(s.Number);
        WriteVector(w, s.TextIds, s.TextWeights);
        WriteVector(w, s.EntityIds, s.EntityWeights);
        w.Write(s.EntityArticles);
        WriteDate(w, s.First);
        WriteDate(w, s.Last);
        w.Write(s.LastActive);
        w.Write(s.NextSplitCheck);
        w.Write7BitEncodedInt(s.Members.Count);
        foreach (var m in s.Members)
        {
            w.Write(m.ArticleId);
            w.Write(m.Title is not null);
            if (m.Title is not null)
            {
                w.Write(m.Title);
            }

            WriteDate(w, m.Published);
            WriteVector(w, m.TextIds, m.TextWeights);
            WriteVector(w, m.EntityIds, m.EntityWeights);
        }

        WriteVector(w, s.AnchorIds ?? [], s.AnchorWeights ?? []);
        w.Write(s.AnchorArticles);
        foreach (var m in s.Members)
        {
            WriteVector(w, m.AnchorIds ?? [], m.AnchorWeights ?? []);
            w.Write(m.Outlet is not null);
            if (m.Outlet is not null)
            {
                w.Write(m.Outlet);
            }

            var names = m.HeadlineNames ?? [];
            w.Write7BitEncodedInt(names.Length);
            foreach (var id in names)
            {
                w.Write7BitEncodedInt(id);
            }
        }

        w.Flush();
        return stream.ToArray();
    }

    public static StorySnapshot Decode(byte[] data)
    {
        using var r = new BinaryReader(new MemoryStream(data));
        var format = r.ReadByte();
        if (format is not (1 or Format))
        {
            throw new InvalidDataException("story state is in an unknown format");
        }

        var number = r.ReadInt32();
        var (textIds, textWeights) = ReadVector(r);
        var (entityIds, entityWeights) = ReadVector(r);
        var entityArticles = r.ReadInt32();
        var first = ReadDate(r);
        var last = ReadDate(r);
        var lastActive = r.ReadInt64();
        var nextSplit = r.ReadInt32();
        var members = new List<MemberSnapshot>(r.Read7BitEncodedInt());
        for (var i = members.Capacity; i > 0; i--)
        {
            var id = r.ReadString();
            var title = r.ReadBoolean() ? r.ReadString() : null;
            var published = ReadDate(r);
            var (ti, tw) = ReadVector(r);
            var (ei, ew) = ReadVector(r);
            members.Add(new MemberSnapshot { ArticleId = id, Title = title, Published = published, TextIds = ti, TextWeights = tw, EntityIds = ei, EntityWeights = ew });
        }

        var (anchorIds, anchorWeights, anchorArticles) = (Array.Empty<int>(), Array.Empty<float>(), 0);
        if (format >= 2)
        {
            (anchorIds, anchorWeights) = ReadVector(r);
            anchorArticles = r.ReadInt32();
            for (var i = 0; i < members.Count; i++)
            {
                var (ai, aw) = ReadVector(r);
                var outlet = r.ReadBoolean() ? r.ReadString() : null;
                var names = new int[r.Read7BitEncodedInt()];
                for (var k = 0; k < names.Length; k++)
                {
                    names[k] = r.Read7BitEncodedInt();
                }

                members[i] = members[i] with { AnchorIds = ai, AnchorWeights = aw, Outlet = outlet, HeadlineNames = names };
            }
        }

        return new StorySnapshot
        {
            AnchorIds = anchorIds,
            AnchorWeights = anchorWeights,
            AnchorArticles = anchorArticles,
            Number = number,
            TextIds = textIds,
            TextWeights = textWeights,
            EntityIds = entityIds,
            EntityWeights = entityWeights,
            EntityArticles = entityArticles,
            First = first,
            Last = last,
            LastActive = lastActive,
            NextSplitCheck = nextSplit,
            Members = members,
        };
    }

    private static void WriteVector(BinaryWriter w, int[] ids, float[] weights)
    {
        w.Write7BitEncodedInt(ids.Length);
        for (var i = 0; i < ids.Length; i++)
        {
            w.Write7BitEncodedInt(ids[i]);
            w.Write(weights[i]);
        }
    }

    private static (int[] Ids, float[] Weights) ReadVector(BinaryReader r)
    {
        var n = r.Read7BitEncodedInt();
        var ids = new int[n];
        var weights = new float[n];
        for (var i = 0; i < n; i++)
        {
            ids[i] = r.Read7BitEncodedInt();
            weights[i] = r.ReadSingle();
        }

        return (ids, weights);
    }

    private static void WriteDate(BinaryWriter w, DateTimeOffset? date)
    {
        w.Write(date is not null);
        if (date is { } d)
        {
            w.Write(d.UtcTicks);
            w.Write((short)d.Offset.TotalMinutes);
        }
    }

    private static DateTimeOffset? ReadDate(BinaryReader r) =>
        r.ReadBoolean() ? new DateTimeOffset(r.ReadInt64(), TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(r.ReadInt16())) : null;
}
