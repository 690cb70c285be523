using System.Security.Cryptography;
using System.Text;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.Cleaning.Furniture;
using Triangulate.Extraction.Cleaning.Scraped;
using Triangulate.Extraction.PlainText;

// The scraped-text cleaning set (docs/cleaning.md): build it, dump it for reading, train the furniture model on
// the dev split, score the cleaner on it.
//   dump  <data/extraction> <split> <outdir>          rendered pages with a label mark per line
//   train <data/extraction> <model.json>              train on dev, write the model
//   eval  <data/extraction> <model.json|embedded|off> <split>...   line P/R/F1 of the plain-text path
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: dump|train|eval <data/extraction> ...");
    return 2;
}

var dir = args[1];
switch (args[0])
{
    case "dump":
        return Dump(ScrapedLineSet.Load(dir, args[2]), args[3]);

    case "train":
        {
            var pages = ScrapedLineSet.Load(dir, "dev");
            var hashes = ScrapedLineSet.SourceFiles(dir).Concat(ArticleTexts.NewsFiles(dir))
                .ToDictionary(f => Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(dir))!, f), Sha256);
            var command = $"dotnet run -c Release --project tools/Triangulate.CleanTrain -- train ../shared/data/extraction src/Triangulate.Extraction/Cleaning/Furniture/furniture.model.json";
            var options = Options(args.Skip(3));
            if (Environment.GetEnvironmentVariable("FOLD") is { } fold)
            {
                // Train on one half of the dev pages only (by id order parity), to read errors on the other half.
                pages = pages.Where(p => FoldOf(pages)[p.Id] == int.Parse(fold)).ToList();
            }

            var json = FurnitureTrainer.Train(pages, ArticleTexts.Load(dir, "dev"), hashes, command, options, Console.WriteLine);
            File.WriteAllText(args[2], json + "\n");
            Console.WriteLine($"wrote {args[2]} ({new FileInfo(args[2]).Length:N0} bytes)");
            return 0;
        }

    case "eval":
        {
            var extractor = new PlainTextExtractor(Cleaner(args[2]));
            foreach (var split in args.Skip(3))
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

    case "cv":
        {
            // Two-fold cross-validation on dev: train on one half of the pages and articles, score the other half:
            // the model alone on copied pages (gate open), and the whole cleaner on the held-out gold bodies.
            var pages = ScrapedLineSet.Load(dir, "dev");
            var (gold, news) = ArticleTexts.Load(dir, "dev");
            var folds = FoldOf(pages);
            var options = Options(args.Skip(2));
            int tp = 0, fp = 0, fn = 0;
            double macroP = 0, macroR = 0, chars = 0, kept = 0;
            int np = 0, nr = 0, touched = 0;
            for (var f = 0; f < 2; f++)
            {
                var held = f;
                var model = FurnitureTrainer.Fit(pages.Where(p => folds[p.Id] != held).ToList(),
                    (gold.Where((_, i) => i % 2 != held).ToList(), news.Where((_, i) => i % 2 != held).ToList()), new Dictionary<string, string>(), "cv", options);
                foreach (var page in pages.Where(p => folds[p.Id] == held))
                {
                    var (a, b, c) = Counts(model, [page]);
                    (tp, fp, fn) = (tp + a, fp + b, fn + c);
                    if (a + b > 0)
                    {
                        macroP += (double)a / (a + b);
                        np++;
                    }

                    if (a + c > 0)
                    {
                        macroR += (double)a / (a + c);
                        nr++;
                    }
                }

                var cleaner = new BoilerplateCleaner(null, model);
                foreach (var text in gold.Where((_, i) => i % 2 == held))
                {
                    var removed = cleaner.Clean(text).Removed.Where(r => r.Kind == "boilerplate").Sum(r => r.Text.Length);
                    var before = Cleaner("off").Clean(text).Removed.Where(r => r.Kind == "boilerplate").Sum(r => r.Text.Length);
                    chars += text.Length;
                    kept += text.Length - Math.Max(0, removed - before);
                    touched += removed > before ? 1 : 0;
                }

                Console.WriteLine($"fold {f}: threshold {model.Threshold:F2}, gate {model.Gate.Threshold:F3}");
            }

            var (mp, mr) = (macroP / np, macroR / nr);
            Console.WriteLine($"cv {string.Join(' ', args.Skip(2))}: lines P {(double)tp / (tp + fp):F4} R {(double)tp / (tp + fn):F4} F1 {2.0 * tp / (2 * tp + fp + fn):F4}; "
                + $"pages P {mp:F4} R {mr:F4} F1 {2 * mp * mr / (mp + mr):F4}; gold bodies: {kept / chars:F4} of chars kept, {touched} touched");
            return 0;
        }

    case "raw":
        {
            // The model alone on each page's full text, gate open: no rules, no title line.
            var m = FurnitureModel.Parse(File.ReadAllText(args[2]));
            var (tp, fp, fn) = Counts(m, ScrapedLineSet.Load(dir, args[3]));

            if (args.Length > 4)
            {
                Directory.CreateDirectory(args[4]);
                var ids = ScrapedLineSet.Load(dir, args[3]).Select(p => p.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % 2);
                foreach (var p in ScrapedLineSet.Load(dir, args[3]).Where(p => ids[p.Id] == 1))
                {
                    var shapes = LineShapes.Read(p.Text, LineTable.Split(p.Text));
                    var prob = m.Predict(shapes);
                    var lines = p.Lines();
                    var sb = new StringBuilder();
                    for (var k = 0; k < shapes.Count; k++)
                    {
                        for (var line = shapes[k].Line; line <= shapes[k].LastLine; line++)
                        {
                            var label = p.Labels[line];
                            var keep = prob[k] >= m.Threshold;
                            var mark = label == LineLabeler.NotScored ? "  " : (label == 1, keep) switch { (true, true) => "A ", (false, false) => ". ", (true, false) => "FN", (false, true) => "FP" };
                            sb.Append($"{mark} {prob[k]:F2} {lines[line]}\n");
                        }
                    }

                    File.WriteAllText(Path.Combine(args[4], $"{p.Corpus}-{p.Style}-{p.Id}.txt"), sb.ToString());
                }
            }

            Console.WriteLine($"model alone: P {(double)tp / (tp + fp):F4} R {(double)tp / (tp + fn):F4} F1 {2.0 * tp / (2 * tp + fp + fn):F4}");
            return 0;
        }

    case "news":
        {
            // Articles as written must pass untouched: how many newsdocs texts the gate opens on, and what goes.
            var cleaner = Cleaner(args[2]);
            var off = Cleaner("off");
            int texts = 0, opened = 0, lines = 0;
            var watch = System.Diagnostics.Stopwatch.StartNew();
            foreach (var file in Directory.GetFiles(Path.Combine(dir, "..", "newsdocs"), "*.jsonl").Order())
            {
                foreach (var line in File.ReadLines(file))
                {
                    var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? "";
                    texts++;
                    var removed = cleaner.Clean(text).Removed.Count - off.Clean(text).Removed.Count;
                    if (removed > 0)
                    {
                        opened++;
                        lines += removed;
                        if (opened <= 5)
                        {
                            Console.WriteLine($"--- {file} removed {removed}:\n{text[..Math.Min(300, text.Length)]}");
                        }
                    }
                }
            }

            Console.WriteLine($"newsdocs: furniture removed {lines} lines from {opened} of {texts} texts ({watch.Elapsed.TotalSeconds:F1} s, both cleaners)");
            return 0;
        }

    case "gate":
        {
            var gate = FurnitureModel.Parse(File.ReadAllText(args[2])).Gate;
            foreach (var split in args.Skip(3))
            {
                var pages = ScrapedLineSet.Load(dir, split);
                foreach (var g in pages.GroupBy(p => (p.Corpus, p.Style)))
                {
                    var missed = g.Where(p => !gate.IsPage(LineShapes.Read(p.Text, LineTable.Split(p.Text)))).ToList();
                    Console.WriteLine($"{split} {g.Key}: gate shut on {missed.Count} of {g.Count()} pages ({missed.Sum(p => p.Labels.Count(l => l == 0))} boilerplate lines kept): {string.Join(' ', missed.Take(5).Select(p => p.Id[..8]))}");
                }
            }

            return 0;
        }

    case "cleanstats":
        {
            // Numbers only (no text shown): which articles as written lose lines to the furniture filter.
            var cleaner = Cleaner(args[2]);
            var off = Cleaner("off");
            var (gold, _) = ArticleTexts.Load(dir, args[3]);
            for (var i = 0; i < gold.Count; i++)
            {
                var removed = cleaner.Clean(gold[i]).Removed.Where(r => r.Kind == "boilerplate").Sum(r => r.Text.Length)
                    - off.Clean(gold[i]).Removed.Where(r => r.Kind == "boilerplate").Sum(r => r.Text.Length);
                if (removed > 0)
                {
                    var shapes = LineShapes.Read(gold[i], LineTable.Split(gold[i]));
                    Console.WriteLine($"text {i}: {gold[i].Length} chars, {shapes.Count} lines, gate {cleaner.GateProbability(gold[i]):F3}: {removed} chars removed");
                }
            }

            return 0;
        }

    case "clean":
        {
            // Articles as written must come through whole: gold bodies (AEB) and main content (L3S) of the split.
            var extractor = new PlainTextExtractor(Cleaner(args[2]));
            foreach (var (corpus, path, field) in new[] { ("aeb", dir, "articleBody"), ("l3s", Path.Combine(dir, "l3s-gn1"), "mainContent") })
            {
                var ids = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(path, "split.json"))).RootElement.GetProperty(args[3]).EnumerateArray().Select(e => e.GetString()).ToHashSet();
                double chars = 0, kept = 0;
                var touched = 0;
                foreach (var line in File.ReadLines(Path.Combine(path, "gold.jsonl")))
                {
                    var root = System.Text.Json.JsonDocument.Parse(line).RootElement;
                    if (!ids.Contains(root.GetProperty("id").GetString()))
                    {
                        continue;
                    }

                    var body = root.GetProperty(field).GetString() ?? "";
                    var result = extractor.Extract(body, Triangulate.Core.Ingest.DocumentHints.None);
                    var removed = result.Cleaning.Removed.Where(r => r.Kind == "boilerplate").ToList();
                    touched += removed.Count > 0 ? 1 : 0;
                    foreach (var l in body.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
                    {
                        chars += l.Length;
                        kept += result.Text.Contains(l, StringComparison.Ordinal) || l == result.Title || result.Cleaning.Removed.All(r => r.Text != l) ? l.Length : 0;
                    }

                    foreach (var r in removed.Take(3))
                    {
                        Console.WriteLine($"  {corpus} {root.GetProperty("id").GetString()![..8]} removed: {r.Text[..Math.Min(100, r.Text.Length)]}");
                    }
                }

                Console.WriteLine($"{corpus} {field}: {kept / chars:F4} of chars kept; furniture removed lines in {touched} texts");
            }

            return 0;
        }

    default:
        Console.Error.WriteLine($"unknown command {args[0]}");
        return 2;
}

static FurnitureTrainerOptions Options(IEnumerable<string> settings)
{
    var options = FurnitureTrainerOptions.Default;
    foreach (var setting in settings)
    {
        // key=value overrides for trying settings on the dev folds: rounds=, depth=, rate=, lambda=, minHessian=
        var (key, value) = (setting.Split('=')[0], setting.Split('=')[1]);
        options = key switch
        {
            "rounds" => options with { Rounds = int.Parse(value) },
            "gateFalsePass" => options with { GateFalsePass = double.Parse(value) },
            "pagePower" => options with { PageWeightPower = double.Parse(value) },
            "stages" => options with { Stages = int.Parse(value) },
            "depth" => options with { Depth = int.Parse(value) },
            "rate" => options with { LearningRate = double.Parse(value) },
            "lambda" => options with { Lambda = double.Parse(value) },
            "minHessian" => options with { MinChildHessian = double.Parse(value) },
            _ => throw new ArgumentException($"unknown setting {key}"),
        };
    }

    return options;
}

static Dictionary<string, int> FoldOf(List<ScrapedPage> pages) =>
    pages.Select(p => p.Id).Distinct().Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i % 2);

static (int Tp, int Fp, int Fn) Counts(FurnitureModel m, IEnumerable<ScrapedPage> pages)
{
    int tp = 0, fp = 0, fn = 0;
    foreach (var p in pages)
    {
        var shapes = LineShapes.Read(p.Text, LineTable.Split(p.Text));
        var decided = m.Decide(shapes);
        for (var k = 0; k < shapes.Count; k++)
        {
            for (var line = shapes[k].Line; line <= shapes[k].LastLine; line++)
            {
                var label = p.Labels[line];
                var keep = decided[k];
                tp += keep && label == 1 ? 1 : 0;
                fp += keep && label == 0 ? 1 : 0;
                fn += !keep && label == 1 ? 1 : 0;
            }
        }
    }

    return (tp, fp, fn);
}

static BoilerplateCleaner Cleaner(string model)
{
    if (model == "off")
    {
        return new BoilerplateCleaner(new BoilerplateCleanerOptions { RemovePageFurniture = false });
    }

    var m = model == "embedded" ? FurnitureModel.Default : FurnitureModel.Parse(File.ReadAllText(model));
    if (Environment.GetEnvironmentVariable("GATE") is { } g)
    {
        // GATE=threshold ("open": always): try another gate threshold without retraining.
        m = new FurnitureModel
        {
            Stages = m.Stages,
            Threshold = m.Threshold,
            Gate = g == "open" ? new FurnitureGate { MinShortLines = 0, Trees = null, Threshold = 0 } : new FurnitureGate { Trees = m.Gate.Trees, Threshold = double.Parse(g) },
        };
    }

    return new BoilerplateCleaner(null, m);
}

static int Dump(List<ScrapedPage> pages, string outDir)
{
    Directory.CreateDirectory(outDir);
    int article = 0, boilerplate = 0;
    foreach (var p in pages)
    {
        var lines = p.Lines();
        var sb = new StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            article += p.Labels[i] == LineLabeler.Article ? 1 : 0;
            boilerplate += p.Labels[i] == LineLabeler.Boilerplate ? 1 : 0;
            sb.Append(p.Labels[i] switch { LineLabeler.Article => "A ", LineLabeler.Boilerplate => ". ", _ => "  " }).Append(lines[i]).Append('\n');
        }

        File.WriteAllText(Path.Combine(outDir, $"{p.Corpus}-{p.Style}-{p.Id}.txt"), sb.ToString());
    }

    Console.WriteLine($"{pages.Count} pages, {article} article lines, {boilerplate} boilerplate lines");
    return 0;
}

static string Sha256(string path)
{
    using var stream = File.OpenRead(path);
    return Convert.ToHexStringLower(SHA256.HashData(stream));
}
