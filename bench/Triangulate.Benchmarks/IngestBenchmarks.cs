using BenchmarkDotNet.Attributes;
using Triangulate.Ingest.Text;

namespace Triangulate.Benchmarks;

/// <summary>The ingest kernels every text input goes through: decoding and normalisation.</summary>
[MemoryDiagnoser]
public class IngestBenchmarks
{
    private byte[] _bytes = [];
    private string _text = "";

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchData.DemoTextBytesCrLf();
        _text = TextDecoder.Decode(_bytes).Text.Replace("\n", "\r\n", StringComparison.Ordinal);
    }

    [Benchmark]
    public int Decode() => TextDecoder.Decode(_bytes).Text.Length;

    [Benchmark]
    public int Normalize() => TextNormalizer.Normalize(_text).Length;
}
