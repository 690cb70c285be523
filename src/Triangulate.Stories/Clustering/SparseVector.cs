namespace Triangulate.Stories.Clustering;

/// <summary>An immutable sparse vector: term ids ascending with their weights. Dot products are a linear merge.</summary>
internal sealed class SparseVector
{
    public static readonly SparseVector Empty = new([], []);

    public SparseVector(int[] ids, float[] weights)
    {
        Ids = ids;
        Weights = weights;
        double sum = 0;
        foreach (var w in weights)
        {
            sum += (double)w * w;
        }

        Norm = Math.Sqrt(sum);
    }

    public int[] Ids { get; }
    public float[] Weights { get; }
    public double Norm { get; }
    public int Count => Ids.Length;
    public bool IsEmpty => Ids.Length == 0;

    public double Dot(SparseVector other)
    {
        var a = Ids;
        var b = other.Ids;
        var wa = Weights;
        var wb = other.Weights;
        int i = 0, j = 0;
        double sum = 0;
        while (i < a.Length && j < b.Length)
        {
            // Both cursors step without a branch on which id is smaller (the JIT emits conditional moves): the
            // order is unpredictable, and mispredictions were most of this loop's time. Same terms, same order.
            int x = a[i], y = b[j];
            if (x == y)
            {
                sum += (double)wa[i] * wb[j];
            }

            i += x <= y ? 1 : 0;
            j += y <= x ? 1 : 0;
        }

        return sum;
    }

    public double Cosine(SparseVector other) =>
        Norm == 0 || other.Norm == 0 ? 0 : Dot(other) / (Norm * other.Norm);

    /// <summary>this + scale·other, keeping the <paramref name="maxTerms"/> heaviest terms.</summary>
    public SparseVector Add(SparseVector other, float scale, int maxTerms)
    {
        var ids = new int[Ids.Length + other.Ids.Length];
        var ws = new float[ids.Length];
        int i = 0, j = 0, n = 0;
        while (i < Ids.Length || j < other.Ids.Length)
        {
            if (j >= other.Ids.Length || (i < Ids.Length && Ids[i] < other.Ids[j]))
            {
                ids[n] = Ids[i];
                ws[n++] = Weights[i++];
            }
            else if (i >= Ids.Length || other.Ids[j] < Ids[i])
            {
                ids[n] = other.Ids[j];
                ws[n++] = other.Weights[j++] * scale;
            }
            else
            {
                ids[n] = Ids[i];
                ws[n++] = Weights[i++] + (other.Weights[j++] * scale);
            }
        }

        return Prune(ids, ws, n, maxTerms);
    }

    /// <summary>The <paramref name="maxTerms"/> heaviest terms (ties: lower id), ids ascending; non-positive weights dropped.</summary>
    public static SparseVector Prune(int[] ids, float[] ws, int n, int maxTerms)
    {
        var kept = 0;
        for (var k = 0; k < n; k++)
        {
            if (ws[k] > 1e-7f)
            {
                ids[kept] = ids[k];
                ws[kept++] = ws[k];
            }
        }

        if (kept > maxTerms)
        {
            var order = HeaviestFirst(ws, kept);
            Array.Sort(order, 0, maxTerms);
            var pi = new int[maxTerms];
            var pw = new float[maxTerms];
            for (var k = 0; k < maxTerms; k++)
            {
                pi[k] = ids[order[k]];
                pw[k] = ws[order[k]];
            }

            return new SparseVector(pi, pw);
        }

        return new SparseVector(ids[..kept], ws[..kept]);
    }

    /// <summary>The sum of many vectors in one pass (repeated <see cref="Add"/> would copy the growing sum each time).</summary>
    public static SparseVector Sum(List<SparseVector> vectors)
    {
        var acc = new Dictionary<int, float>();
        foreach (var v in vectors)
        {
            for (var i = 0; i < v.Ids.Length; i++)
            {
                acc[v.Ids[i]] = acc.GetValueOrDefault(v.Ids[i]) + v.Weights[i];
            }
        }

        var ids = new int[acc.Count];
        acc.Keys.CopyTo(ids, 0);
        Array.Sort(ids);
        var ws = new float[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            ws[i] = acc[ids[i]];
        }

        return Prune(ids, ws, ids.Length, int.MaxValue);
    }

    public SparseVector Scaled(float factor)
    {
        var ws = new float[Weights.Length];
        for (var k = 0; k < ws.Length; k++)
        {
            ws[k] = Weights[k] * factor;
        }

        return new SparseVector(Ids, ws);
    }

    public SparseVector Normalized() => Norm == 0 ? this : Scaled((float)(1.0 / Norm));

    /// <summary>Indices (into <see cref="Ids"/>) of the <paramref name="k"/> heaviest terms, heaviest first.</summary>
    public int[] TopIndices(int k)
    {
        var order = HeaviestFirst(Weights, Weights.Length);
        return order.Length <= k ? order : order[..k];
    }

    // A primitive-key sort (negated weights) is several times faster than a comparison delegate; ties fall
    // in a fixed order for a given input, so results stay deterministic across snapshot round-trips.
    private static int[] HeaviestFirst(float[] ws, int n)
    {
        var keys = new float[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            keys[i] = -ws[i];
            order[i] = i;
        }

        Array.Sort(keys, order);
        return order;
    }
}
