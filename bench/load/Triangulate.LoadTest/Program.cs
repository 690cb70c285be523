using Triangulate.LoadTest;

// Usage:
//   dotnet run -c Release --project bench/load/Triangulate.LoadTest -- build <newsdocs folder> <db> [count=100000]
//   dotnet run -c Release --project bench/load/Triangulate.LoadTest -- run <db> [requests=20000] [concurrency=32] [ingest.jsonl rate/s]
//     (with a JSON Lines file, a background writer posts it to /api/ingest at the given rate while the scenarios run)
//   dotnet run -c Release --project bench/load/Triangulate.LoadTest -- fts <db>      (search SQL forms, one at a time)
//   dotnet run -c Release --project bench/load/Triangulate.LoadTest -- lucene <db> <index folder>  (same corpus and queries in Lucene.Net)
if (args.Length >= 3 && args[0] == "build")
{
    await StoreBuilder.BuildAsync(args[1], args[2], args.Length > 3 ? int.Parse(args[3]) : 100_000);
    return 0;
}

if (args.Length >= 2 && args[0] == "run")
{
    return await LoadRunner.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2]) : 20_000, args.Length > 3 ? int.Parse(args[3]) : 32,
        args.Length > 4 ? args[4] : null, args.Length > 5 ? int.Parse(args[5]) : 200);
}

if (args.Length >= 3 && args[0] == "lucene")
{
    LuceneProbe.Run(args[1], args[2]);
    return 0;
}

if (args.Length >= 2 && args[0] == "fts")
{
    FtsProbe.Run(args[1]);
    return 0;
}

Console.Error.WriteLine("usage: build <newsdocs> <db> [count] | run <db> [requests] [concurrency] | fts <db> | lucene <db> <index>");
return 2;
