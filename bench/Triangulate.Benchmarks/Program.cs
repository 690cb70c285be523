using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;

namespace Triangulate.Benchmarks;

/// <summary>
/// Kernel benchmarks, one class per stage. Run all: <c>dotnet run -c Release --project bench/Triangulate.Benchmarks -- --filter '*'</c>
/// (the default job: the committed figures in bench/results/ come from it, never from <c>--job short</c>).
/// Classes marked <see cref="NeedsSharedDataAttribute"/> read ../shared/data and are skipped, with a message, without it.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var runnable = new List<Type>();
        foreach (var type in typeof(Program).Assembly.GetTypes().Where(IsBenchmarkClass).OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            var missing = type.GetCustomAttribute<NeedsSharedDataAttribute>()?.Paths.Where(p => !SharedData.Has(p)).ToList() ?? [];
            if (missing.Count > 0)
            {
                Console.WriteLine($"// skipped {type.Name}: {string.Join(", ", missing.Select(p => Path.Combine(SharedData.Root, p)))} not found (set TRIANGULATE_SHARED to the shared folder)");
                continue;
            }

            runnable.Add(type);
        }

        BenchmarkSwitcher.FromTypes([.. runnable]).Run(args);
    }

    private static bool IsBenchmarkClass(Type type) =>
        type is { IsClass: true, IsAbstract: false, IsPublic: true } && type.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null);
}
