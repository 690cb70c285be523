namespace Triangulate.Nlp.Entities;

/// <summary>
/// Multiclass perceptron weights with lazy averaging (Daumé's trick): alongside the weights w keep
/// u = Σ c·Δw, where c counts examples; the average is w − u / c. Averaging is what makes the perceptron
/// competitive with a CRF (Collins 2002).
/// </summary>
internal sealed class AveragedPerceptron(int bits)
{
    private readonly double[] _accumulated = new double[(1 << bits) * NerLabels.Count];
    private long _examples = 1;

    public float[] Weights { get; } = new float[(1 << bits) * NerLabels.Count];

    public void Tick() => _examples++;

    public void Update(ReadOnlySpan<int> a, ReadOnlySpan<int> b, int gold, int predicted)
    {
        Apply(a, gold, predicted);
        Apply(b, gold, predicted);
    }

    private void Apply(ReadOnlySpan<int> buckets, int gold, int predicted)
    {
        foreach (var bucket in buckets)
        {
            var row = bucket * NerLabels.Count;
            Weights[row + gold] += 1f;
            _accumulated[row + gold] += _examples;
            Weights[row + predicted] -= 1f;
            _accumulated[row + predicted] -= _examples;
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
