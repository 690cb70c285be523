using SharpFuzz;

namespace Triangulate.Fuzz;

/// <summary>
/// <c>Triangulate.Fuzz TARGET</c> under afl-fuzz (SharpFuzz's fork server, persistent mode); <c>Triangulate.Fuzz TARGET
/// FILE…</c> runs each file once, to reproduce a crash: use a plain build for that
/// (<c>dotnet run --project bench/Triangulate.Fuzz -- TARGET FILE</c>), since instrumented assemblies only run under afl. tools/fuzz/run.sh drives it.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 0 || !FuzzTargets.Names.Contains(args[0]))
        {
            Console.Error.WriteLine($"usage: Triangulate.Fuzz TARGET [FILE...]; targets: {string.Join(", ", FuzzTargets.Names)}");
            return 2;
        }

        var target = args[0];
        if (args.Length > 1)
        {
            foreach (var file in args.Skip(1))
            {
                FuzzTargets.Run(target, File.ReadAllBytes(file));
                Console.WriteLine($"ok {file}");
            }

            return 0;
        }

        Fuzzer.Run(stream =>
        {
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            FuzzTargets.Run(target, copy.GetBuffer().AsSpan(0, (int)copy.Length));
        });
        return 0;
    }
}
