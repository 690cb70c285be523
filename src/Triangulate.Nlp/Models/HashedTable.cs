namespace Triangulate.Nlp.Models;

/// <summary>
/// How the models store a table keyed by feature hash (gazetteer entries, word clusters): the count, then each
/// key and value in key order, so that one model always writes the same bytes.
/// </summary>
internal static class HashedTable
{
    public static void Write<TValue>(BinaryWriter w, Dictionary<ulong, TValue> table, Action<BinaryWriter, TValue> writeValue)
    {
        w.Write(table.Count);
        foreach (var (key, value) in table.OrderBy(e => e.Key))
        {
            w.Write(key);
            writeValue(w, value);
        }
    }

    public static Dictionary<ulong, TValue> Read<TValue>(BinaryReader r, Func<BinaryReader, TValue> readValue)
    {
        var n = r.ReadInt32();
        var table = new Dictionary<ulong, TValue>(n);
        for (var i = 0; i < n; i++)
        {
            var key = r.ReadUInt64();
            table[key] = readValue(r);
        }

        return table;
    }
}
