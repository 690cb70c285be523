using System.Globalization;
using Triangulate.Living.Bench;

// Living-engine measurements; see docs/living.md for what each prints and the figures measured.
var a = args;
string Arg(string name, string fallback)
{
    var i = Array.IndexOf(a, name);
    return i >= 0 && i + 1 < a.Length ? a[i + 1] : fallback;
}

int Int(string name, int fallback) => int.Parse(Arg(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

switch (a.FirstOrDefault())
{
    case "generate":
        // generate NEWSDOCS OUT.jsonl --count N [--days D] [--from F] [--take T]: articles F..F+T of the stream (a
        // continuation of a stream already ingested, for the background ingest of the load test)
        var bases = SyntheticStream.Load(a[1]);
        await using (var output = new StreamWriter(a[2]))
        {
            new SyntheticStream(bases, Int("--count", 100_000), TimeSpan.FromDays(double.Parse(Arg("--days", "1095"), CultureInfo.InvariantCulture)))
                .WriteJsonLines(output, Int("--from", 0), Int("--take", int.MaxValue));
        }

        return 0;
    case "stream":
        // stream NEWSDOCS DB --count N [--batch 100] [--days D] [--csv FILE]
        return await StreamRun.RunAsync(a[1], a[2], Int("--count", 1_000_000), Int("--batch", 100), double.Parse(Arg("--days", "1095"), CultureInfo.InvariantCulture), Arg("--csv", "") is { Length: > 0 } csv ? csv : null);
    case "agreement":
        // agreement INPUT FOLDER [--sizes 1,7,50,100] [--shuffle]
        var sizes = Arg("--sizes", "1,7,50,100").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
        return await Agreement.RunAsync(a[1], a[2], sizes, a.Contains("--shuffle"), Arg("--prior", "") is { Length: > 0 } prior ? double.Parse(prior, CultureInfo.InvariantCulture) : null);
    case "crash":
        // crash TRIANGULATE.dll INPUT DB [--kills 50] [--batch 20] [--seed 1] [--max-seconds 20]
        return await CrashRun.RunAsync(a[1], a[2], a[3], Int("--kills", 50), Int("--batch", 20), Int("--seed", 1), double.Parse(Arg("--max-seconds", "20"), CultureInfo.InvariantCulture));
    case "speed":
        // speed INPUT DB [--batch 256]
        return await SpeedRun.RunAsync(a[1], a[2], Int("--batch", 256));
    case "sections":
        // sections DB: every story's sections recomputed once from the stored annotations (copy the store first)
        return await SectionsRun.RunAsync(a[1]);
    default:
        Console.Error.WriteLine("usage: generate | stream | agreement | crash | speed | sections (see docs/living.md)");
        return 2;
}
