using System.Globalization;
using Triangulate.Extraction.Html;
using Triangulate.Quality.Extraction;

// Tuning harness for the HTML extractor (not a test: prints accuracy figures). Its speed is measured in one place,
// bench/Triangulate.Benchmarks (ExtractionCorpusBenchmarks), which bench/peers/compare.sh runs beside the peers.
//   dotnet run -c Release --project bench/Triangulate.Extraction.Harness -- score [aeb|l3s|l3s-main] [dev|test|all] [worst N]
//   dotnet run -c Release --project bench/Triangulate.Extraction.Harness -- peers
//   dotnet run -c Release --project bench/Triangulate.Extraction.Harness -- dump <id>
var shared = Environment.GetEnvironmentVariable("TRIANGULATE_SHARED") ?? FindShared();
var aebDir = Path.Combine(shared, "data", "extraction");
var l3sDir = Path.Combine(aebDir, "l3s-gn1");
var mode = args.Length > 0 ? args[0] : "score";
// TRIANGULATE_NO_SITE_RULES=1: generic extraction only, to measure what the per-site rules add.
var extractor = new HtmlExtractor(Environment.GetEnvironmentVariable("TRIANGULATE_NO_SITE_RULES") == "1" ? new HtmlExtractorOptions { SiteRules = Triangulate.Extraction.Html.SiteRules.SiteRuleSet.Empty } : null);

switch (mode)
{
    case "score":
        Score(args.Length > 1 ? args[1] : "aeb", args.Length > 2 ? args[2] : "dev", args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 0);
        break;
    case "peers":
        Peers();
        break;
    case "dump":
        Dump(args[1]);
        break;
    case "ldcheck":
        foreach (var page in Pages(args[1]).Where(p => p.Split == args[2]))
        {
            var html = page.ReadHtml();
            var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
            var ld = JsonLdReader.Read(doc);
            if (ld?.Body is null || ld.Body.Length < 200)
            {
                continue;
            }

            var ours = extractor.Extract(html, page.Url, CancellationToken.None).Text;
            var (tp, fp, fn) = ShingleScorer.Counts(ShingleScorer.Tokens(ld.Body), ShingleScorer.Tokens(ours));
            var (gtp, gfp, gfn) = ShingleScorer.Counts(ShingleScorer.Tokens(page.Gold), ShingleScorer.Tokens(ours));
            var (ltp, lfp, lfn) = ShingleScorer.Counts(ShingleScorer.Tokens(page.Gold), ShingleScorer.Tokens(ld.Body));
            Console.WriteLine(FormattableString.Invariant($"{page.Id[..12]} ldlen={ld.Body.Length,6} ourlen={ours.Length,6} ld-recall-in-ours={tp / Math.Max(1e-9, tp + fn):F2} ours-in-ld={tp / Math.Max(1e-9, tp + fp):F2} | gold: ours P={gtp / Math.Max(1e-9, gtp + gfp):F2} R={gtp / Math.Max(1e-9, gtp + gfn):F2}  ld P={ltp / Math.Max(1e-9, ltp + lfp):F2} R={ltp / Math.Max(1e-9, ltp + lfn):F2} end={ld.Body.TrimEnd()[^Math.Min(8, ld.Body.TrimEnd().Length)..].Replace('\n', ' ')}"));
        }

        break;
    case "titles":
        {
            var headlines = ExtractionCorpus.LoadL3s(l3sDir, "headline").Where(p => p.Split == args[1] && p.Gold.Length > 0).ToList();
            var exact = 0;
            foreach (var page in headlines)
            {
                var title = extractor.Extract(page.ReadHtml(), null, CancellationToken.None).Title ?? string.Empty;
                var ok = TitleMatch.Same(title, page.Gold.Split('\n')[0]);
                exact += ok ? 1 : 0;
                if (!ok && args.Length > 2)
                {
                    Console.WriteLine($"  {page.Id[..12]} ours=[{title}] gold=[{page.Gold}]");
                }
            }

            Console.WriteLine(FormattableString.Invariant($"L3S-GN1 {args[1]} title accuracy {(double)exact / headlines.Count:F3} ({exact}/{headlines.Count})"));
            break;
        }

    case "meta":
        // Date and byline accuracy against hand labels: meta <labels.tsv> (id prefix, yyyy-MM-dd or ?, byline or - or ?).
        MetaAccuracy(args[1]);
        break;
    case "why":
        Why(args[1]);
        break;
    case "oracle":
        Oracle(args[1], args[2]);
        break;
    case "removed":
        Removed(args[1], args[2]);
        break;
    case "sibs":
        Sibs(args[1], args[2]);
        break;
    case "where":
        Where(args[1], args[2..]);
        break;
    case "locate":
        Locate(args[1]);
        break;
    case "titlelist":
        foreach (var page in Pages(args[1]).Where(p => p.Split == args[2]))
        {
            Console.WriteLine($"{page.Id[..12]}\t{extractor.Extract(page.ReadHtml(), page.Url, CancellationToken.None).Title}");
        }

        break;
    case "dumpall":
        foreach (var page in Pages(args[1]).Where(p => p.Split == args[2]))
        {
            var r = extractor.Extract(page.ReadHtml(), page.Url, CancellationToken.None);
            Directory.CreateDirectory(args[3]);
            File.WriteAllText(Path.Combine(args[3], page.Id[..12] + ".txt"), $"url={page.Url}\n---- ours\n{r.Text}\n---- gold\n{page.Gold}");
        }

        break;
}

void Score(string set, string split, int worst)
{
    var pages = Pages(set).Where(p => split == "all" || p.Split == split).ToList();
    // TRIANGULATE_STRIP_NAMES=1: class and id attributes removed, a proxy for sites whose names our hints do not know.
    var strip = Environment.GetEnvironmentVariable("TRIANGULATE_STRIP_NAMES") == "1";
    var results = pages.Select(p => extractor.Extract(strip ? StripNames(p.ReadHtml()) : p.ReadHtml(), p.Url, CancellationToken.None)).ToList();
    var predicted = results.Select(r => r.Text).ToList();
    var sc = ShingleScorer.Score(pages.Select(p => p.Gold).ToList(), predicted);
    var ruled = results.Count(r => r.SiteRule is not null);
    Console.WriteLine(FormattableString.Invariant($"{set} {split}: {sc} (F1 {sc.F1:F4} P {sc.Precision:F4} R {sc.Recall:F4}; site rules on {ruled} pages)"));
    if (worst > 0)
    {
        var rows = pages.Select((p, i) =>
        {
            var (tp, fp, fn) = ShingleScorer.Counts(ShingleScorer.Tokens(p.Gold), ShingleScorer.Tokens(predicted[i]));
            var prec = tp + fp > 0 ? tp / (tp + fp) : 0;
            var rec = tp + fn > 0 ? tp / (tp + fn) : 0;
            return (p.Id, prec, rec, f: prec + rec > 0 ? 2 * prec * rec / (prec + rec) : 0, p.Url);
        }).OrderBy(r => r.f).Take(worst);
        foreach (var r in rows)
        {
            Console.WriteLine(FormattableString.Invariant($"  {r.Id[..12]} P={r.prec:F3} R={r.rec:F3} F={r.f:F3} {r.Url}"));
        }
    }
}

void Peers()
{
    var pages = ExtractionCorpus.LoadAeb(aebDir);
    foreach (var file in Directory.GetFiles(Path.Combine(aebDir, "peers"), "*.jsonl").Order())
    {
        var peer = ExtractionCorpus.LoadPeer(file);
        var line = Path.GetFileNameWithoutExtension(file).PadRight(16);
        foreach (var split in new[] { "all", "dev", "test" })
        {
            var subset = pages.Where(p => split == "all" || p.Split == split).ToList();
            var s = ShingleScorer.Score(subset.Select(p => p.Gold).ToList(), subset.Select(p => peer[p.Id]).ToList());
            line += FormattableString.Invariant($" {split} {s.F1:F3}/{s.Precision:F3}/{s.Recall:F3}/{s.Accuracy:F3}");
        }

        Console.WriteLine(line);
    }
}

void Dump(string idPrefix)
{
    var page = Pages("aeb").Concat(Pages("l3s")).First(p => p.Id.StartsWith(idPrefix, StringComparison.Ordinal));
    var html = Environment.GetEnvironmentVariable("TRIANGULATE_STRIP_NAMES") == "1" ? StripNames(page.ReadHtml()) : page.ReadHtml();
    var result = extractor.Extract(html, page.Url, CancellationToken.None);
    Console.WriteLine($"title={result.Title}\nbyline={result.Byline}\npublished={result.Published}\nupdated={result.Updated}\nsite={result.SiteName}\nlang={result.Language}\ncanonical={result.CanonicalUrl}");
    Console.WriteLine("---- ours");
    Console.WriteLine(result.Text);
    Console.WriteLine("---- gold");
    Console.WriteLine(page.Gold);
}

void Why(string idPrefix)
{
    var html = File.Exists(idPrefix) ? File.ReadAllText(idPrefix) : Pages("aeb").Concat(Pages("l3s")).First(p => p.Id.StartsWith(idPrefix, StringComparison.Ordinal)).ReadHtml();
    var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
    var model = PageModel.Build(doc.Body!, CancellationToken.None);
    var roots = ContentScorer.Choose(model, Headline.Find(model, MetadataReader.Read(doc, JsonLdReader.Read(doc), null).Title));
    foreach (var n in model.Nodes.Where(n => n.IsCandidate).OrderByDescending(n => n.Score).Take(12))
    {
        Console.WriteLine(FormattableString.Invariant($"{n.Score,8:F1} {n.Tag} .{n.Element.ClassName} #{n.Element.Id} text={n.Text} ptext={n.ParagraphText} ld={n.LinkDensity:F2} cw={n.ClassWeight}"));
    }

    Console.WriteLine("roots: " + string.Join(", ", roots.Select(r => $"{model.Nodes[r].Tag}.{model.Nodes[r].Element.ClassName}#{model.Nodes[r].Element.Id}")));
}

// The ancestors (tag.class#id) of the innermost element holding each probe text: for writing site rules.
void Where(string idPrefix, string[] probes)
{
    var page = Pages("aeb").Concat(Pages("l3s")).First(p => p.Id.StartsWith(idPrefix, StringComparison.Ordinal));
    var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.ReadHtml());
    foreach (var probe in probes)
    {
        var hit = doc.Body!.QuerySelectorAll("*").LastOrDefault(e => e.TextContent.Contains(probe, StringComparison.Ordinal));
        var path = new List<string>();
        for (var e = hit; e is not null; e = e.ParentElement)
        {
            path.Add(e.LocalName + (e.ClassName is { Length: > 0 } c ? "." + c.Replace(' ', '.') : "") + (e.Id is { Length: > 0 } i ? "#" + i : ""));
        }

        Console.WriteLine($"{probe} :: {string.Join(" < ", path.Take(10))}");
        Console.WriteLine("    " + (hit?.OuterHtml is { } o ? o[..Math.Min(400, o.Length)] : "(not found)"));
    }
}

// Where the gold's first lines sit: the ancestors of the element holding each, with what scoring saw.
void Locate(string idPrefix)
{
    var page = Pages("aeb").Concat(Pages("l3s")).First(p => p.Id.StartsWith(idPrefix, StringComparison.Ordinal));
    var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.ReadHtml());
    var model = PageModel.Build(doc.Body!, CancellationToken.None);
    ContentScorer.Choose(model);
    foreach (var line in page.Gold.Split('\n').Where(l => l.Length > 40).Take(2))
    {
        var probe = line[..30];
        var hit = -1;
        for (var i = 0; i < model.Nodes.Count; i++)
        {
            if (model.Nodes[i].Element.TextContent.Contains(probe, StringComparison.Ordinal))
            {
                hit = i;
            }
        }

        Console.WriteLine($"[{probe}] ->");
        for (var i = hit; i >= 0; i = model.Nodes[i].Parent)
        {
            var n = model.Nodes[i];
            Console.WriteLine(FormattableString.Invariant($"   {n.Tag}.{n.Element.ClassName}#{n.Element.Id} removed={n.Removed} furn={n.Furniture} cw={n.ClassWeight} cand={n.IsCandidate} score={n.Score:F1} text={n.Text} ptext={n.ParagraphText} ld={n.LinkDensity:F2}"));
        }
    }
}

// Headroom of block choice: the best single candidate's F1 against the final extraction's.
void Oracle(string set, string split)
{
    double sumFinal = 0, sumOracle = 0;
    var n = 0;
    foreach (var page in Pages(set).Where(p => p.Split == split))
    {
        var html = page.ReadHtml();
        var final = extractor.Extract(html, page.Url, CancellationToken.None).Text;
        var gold = ShingleScorer.Tokens(page.Gold);
        var fFinal = F(gold, final);
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var model = PageModel.Build(doc.Body!, CancellationToken.None);
        var roots = ContentScorer.Choose(model);
        double best = 0;
        var bestI = -1;
        for (var i = 0; i < model.Nodes.Count; i++)
        {
            var c = model.Nodes[i];
            if (!c.IsCandidate || c.Removed)
            {
                continue;
            }

            var text = NodeText(model, i);
            var f = F(gold, text);
            if (f > best)
            {
                best = f;
                bestI = i;
            }
        }

        sumFinal += fFinal;
        sumOracle += Math.Max(best, fFinal);
        n++;
        if (best > fFinal + 0.03)
        {
            var b = model.Nodes[bestI];
            Console.WriteLine(FormattableString.Invariant($"  {page.Id[..12]} final={fFinal:F3} oracle={best:F3} {b.Tag}.{b.Element.ClassName}#{b.Element.Id} score={b.Score:F1} roots={string.Join(",", roots.Select(r => model.Nodes[r].Tag + "." + model.Nodes[r].Element.ClassName))}"));
        }
    }

    Console.WriteLine(FormattableString.Invariant($"{set} {split}: final {sumFinal / n:F4} oracle-single-block {sumOracle / n:F4}"));
}

static string NodeText(PageModel model, int i)
{
    var w = new BlockTextWriter(model, j => j != i && ContentCleaner.Skip(model, j, model.Nodes[i].Text));
    w.Write(model.Nodes[i].Element, CancellationToken.None);
    return w.ToString();
}

static double F(List<string> gold, string text)
{
    var (tp, fp, fn) = ShingleScorer.Counts(gold, ShingleScorer.Tokens(text));
    var p = tp + fp > 0 ? tp / (tp + fp) : 0;
    var r = tp + fn > 0 ? tp / (tp + fn) : 0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

// Furniture-named blocks that were removed although their text is in the gold body: which names cost recall.
void Removed(string set, string split)
{
    foreach (var page in Pages(set).Where(p => p.Split == split))
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.ReadHtml());
        var model = PageModel.Build(doc.Body!, CancellationToken.None);
        var gold = page.Gold;
        foreach (var n in model.Nodes)
        {
            if (!n.Removed || (n.Parent >= 0 && model.Nodes[n.Parent].Removed))
            {
                continue;
            }

            var text = TextBlocks.CollapseWhitespace(n.Element.TextContent);
            if (text.Length < 150)
            {
                continue;
            }

            var sentences = text.Split(". ").Where(x => x.Length > 30).ToList();
            var inGold = sentences.Count(x => gold.Contains(x[..30], StringComparison.Ordinal));
            if (sentences.Count > 0 && inGold * 2 >= sentences.Count)
            {
                Console.WriteLine(FormattableString.Invariant($"  {page.Id[..12]} {n.Tag}.{n.Element.ClassName}#{n.Element.Id} furn={n.Furniture} chars={text.Length} gold-sentences={inGold}/{sentences.Count}"));
            }
        }
    }
}

static string StripNames(string html) =>
    System.Text.RegularExpressions.Regex.Replace(html, @"\s(?:class|id|itemprop|role)\s*=\s*(?:""[^""]*""|'[^']*'|[^\s>]+)", string.Empty, System.Text.RegularExpressions.RegexOptions.IgnoreCase);

// For pages with several chosen roots: does each root help F1 (leave-one-out)?
void Sibs(string set, string split)
{
    var strip = Environment.GetEnvironmentVariable("TRIANGULATE_STRIP_NAMES") == "1";
    int helps = 0, hurts = 0;
    foreach (var page in Pages(set).Where(p => p.Split == split))
    {
        var html = strip ? StripNames(page.ReadHtml()) : page.ReadHtml();
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var model = PageModel.Build(doc.Body!, CancellationToken.None);
        var roots = ContentScorer.Choose(model, Headline.Find(model, MetadataReader.Read(doc, JsonLdReader.Read(doc), null).Title));
        if (roots.Count < 2)
        {
            continue;
        }

        var gold = ShingleScorer.Tokens(page.Gold);
        string Text(IEnumerable<int> rs)
        {
            var list = rs.ToList();
            var total = list.Sum(r => model.Nodes[r].Text);
            var set = new HashSet<int>(list);
            var w = new BlockTextWriter(model, i => !set.Contains(i) && ContentCleaner.Skip(model, i, total));
            foreach (var r in list)
            {
                w.Write(model.Nodes[r].Element, CancellationToken.None);
            }

            return w.ToString();
        }

        var all = F(gold, Text(roots));
        var best = roots.OrderByDescending(r => model.Nodes[r].Score).First();
        foreach (var r in roots)
        {
            var without = F(gold, Text(roots.Where(x => x != r)));
            var n = model.Nodes[r];
            var delta = all - without;
            if (Math.Abs(delta) < 0.005)
            {
                continue;
            }

            helps += delta > 0 ? 1 : 0;
            hurts += delta < 0 ? 1 : 0;
            Console.WriteLine(FormattableString.Invariant($"  {page.Id[..12]} {(delta > 0 ? "HELPS" : "HURTS")} {delta:+0.000;-0.000} {n.Tag}.{n.Element.ClassName} score={n.Score:F1}/{model.Nodes[best].Score:F1} text={n.Text} ptext={n.ParagraphText} ld={n.LinkDensity:F2} {(r < best ? "before" : r == best ? "top" : "after")} first=[{TextBlocks.CollapseWhitespace(n.Element.TextContent)[..Math.Min(60, TextBlocks.CollapseWhitespace(n.Element.TextContent).Length)]}]"));
        }
    }

    Console.WriteLine($"helps {helps} hurts {hurts}");
}

List<ExtractionPage> Pages(string set) => set switch
{
    "aeb" => ExtractionCorpus.LoadAeb(aebDir),
    "l3s" => ExtractionCorpus.LoadL3s(l3sDir),
    "l3s-main" => ExtractionCorpus.LoadL3s(l3sDir, "mainContent"),
    _ => throw new ArgumentException($"unknown set {set}: aeb, l3s or l3s-main"),
};

static string FindShared()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "..", "shared", "data")))
    {
        dir = dir.Parent;
    }

    return dir is null ? throw new DirectoryNotFoundException("../shared not found; set TRIANGULATE_SHARED") : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
}

void MetaAccuracy(string labelFile)
{
    var pages = Pages("aeb").ToList();
    int dates = 0, dateOk = 0, bylines = 0, bylineOk = 0;
    foreach (var line in File.ReadLines(labelFile).Where(l => l.Length > 0 && l[0] != '#'))
    {
        var cols = line.Split('\t');
        var page = pages.First(p => p.Id.StartsWith(cols[0], StringComparison.Ordinal));
        var r = extractor.Extract(page.ReadHtml(), page.Url, CancellationToken.None);
        var date = r.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-";
        var byline = string.IsNullOrWhiteSpace(r.Byline) ? "-" : r.Byline;
        // "?" marks a value the page does not let a reader decide: left out of that figure.
        var dOk = cols[1] == "?" || date == cols[1];
        dates += cols[1] == "?" ? 0 : 1;
        dateOk += cols[1] != "?" && dOk ? 1 : 0;
        var bOk = cols[2] == "?" || BylineMatch(byline, cols[2]);
        bylines += cols[2] == "?" ? 0 : 1;
        bylineOk += cols[2] != "?" && bOk ? 1 : 0;
        if (!dOk || !bOk)
        {
            Console.WriteLine($"  {cols[0]} date ours={date} gold={cols[1]} | byline ours=[{byline}] gold=[{cols[2]}]");
        }
    }

    Console.WriteLine(FormattableString.Invariant($"AEB dev hand labels: date accuracy {(double)dateOk / dates:F3} ({dateOk}/{dates}), byline accuracy {(double)bylineOk / bylines:F3} ({bylineOk}/{bylines})"));
}

// Same author names, ignoring case, punctuation, a leading "By" and role suffixes after a comma.
static bool BylineMatch(string ours, string gold)
{
    static string Norm(string s)
    {
        s = s.Trim();
        if (s.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..];
        }

        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            s = s[..comma];
        }

        return new string(s.Where(char.IsLetter).Select(char.ToLowerInvariant).ToArray());
    }

    return Norm(ours) == Norm(gold);
}
