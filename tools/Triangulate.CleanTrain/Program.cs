using System.Text;
using Triangulate.Extraction.Cleaning.Scraped;

// Scraped-text cleaning: build the labelled set, dump it for reading, evaluate the cleaner, train the line model.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dump <data/extraction> <split> <outdir>");
    return 2;
}

var dir = args[1];
switch (args[0])
{
    case "dump":
    {
        var pages = ScrapedLineSet.Load(dir, args[2]);
        Directory.CreateDirectory(args[3]);
        int article = 0, boiler = 0;
        foreach (var p in pages)
        {
            var lines = p.Lines();
            var sb = new StringBuilder();
            for (var i = 0; i < lines.Length; i++)
            {
                var mark = p.Labels[i] switch { 1 => "A", 0 => ".", _ => " " };
                article += p.Labels[i] == 1 ? 1 : 0;
                boiler += p.Labels[i] == 0 ? 1 : 0;
                sb.Append(mark).Append(' ').Append(lines[i]).Append('\n');
            }

            File.WriteAllText(Path.Combine(args[3], $"{p.Corpus}-{p.Style}-{p.Id}.txt"), sb.ToString());
        }

        Console.WriteLine($"{pages.Count} pages, {article} article lines, {boiler} boilerplate lines");
        return 0;
    }

    case "debug":
    {
        var page = ScrapedLineSet.Load(dir, args[2]).First(p => p.Id == args[3]);
        var gold = args[4];
        var lines = page.Lines();
        var goldTokens = WordShingles.Tokens(File.ReadAllText(gold));
        Console.WriteLine(string.Join('|', goldTokens.Take(30)));
        foreach (var l in lines.Take(12))
        {
            Console.WriteLine(string.Join('|', WordShingles.Tokens(l)));
        }

        return 0;
    }

    case "eval":
    {
        var extractor = new Triangulate.Extraction.PlainText.PlainTextExtractor();
        foreach (var split in args.Skip(2))
        {
            var pages = ScrapedLineSet.Load(dir, split);
            foreach (var g in pages.GroupBy(p => (p.Corpus, p.Style)))
            {
                Console.WriteLine($"{split} {g.Key.Corpus} {g.Key.Style}: {ScrapedLineScorer.Score(g, extractor)}");
            }

            foreach (var g in pages.GroupBy(p => p.Style))
            {
                Console.WriteLine($"{split} all {g.Key}: {ScrapedLineScorer.Score(g, extractor)}");
            }

            Console.WriteLine($"{split} all both: {ScrapedLineScorer.Score(pages, extractor)}");
        }

        return 0;
    }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}
