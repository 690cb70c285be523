namespace Triangulate.Nlp.Entities;

/// <summary>
/// Multiclass perceptron weights with lazy averaging (Daumé's trick): alongside the weights w keep
/// u = Σ c·Δw, where c counts tokens seen; the average is w − u / c. Averaging is what makes the
/// perceptron competitive with a CRF (Collins 2002).
/// </summary>
internal sealed class AveragedPerceptron(int bits)
{
    private readonly double[] _accumulated = new double[(1 << bits) * NerLabels.Count];
    private long _examples = 1;

    public float[] Weights { get; } = new float[(1 << bits) * NerLabels.Count];

    public void Tick(int tokens) => _examples += tokens;

    /// <summary>+1 on <paramref name="gold"/>, −1 on <paramref name="predicted"/>, for every bucket.</summary>
    public void Add(ReadOnlySpan<int> buckets, int gold, int predicted)
    {
        Add(buckets, gold, 1f);
        Add(buckets, predicted, -1f);
    }

    public void Add(ReadOnlySpan<int> buckets, int tag, float delta)
    {
        foreach (var bucket in buckets)
        {
            var k = (bucket * NerLabels.Count) + tag;
            Weights[k] += delta;
            _accumulated[k] += _examples * (double)delta;
        }
    }

    public float[] Averaged()
    {
        var result = new float[Weights.Length];
        var c = (double)_examples;
        Parallel.For(0, (Weights.Length + 4095) / 4096, block =>
        {
            var end = Math.Min(Weights.Length, (block + 1) * 4096);
            for (var i = block * 4096; i < end; i++)
            {
                result[i] = (float)(Weights[i] - (_accumulated[i] / c));
            }
        });
        return result;
    }
}
