using BenchmarkDotNet.Running;

namespace Triangulate.Benchmarks;

/// <summary>
/// Kernel benchmarks, one class per stage. Run all: <c>dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter '*'</c>;
/// results go to BenchmarkDotNet.Artifacts/ and the tables we quote are copied to bench/results/.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
