using System.Globalization;
using System.Text;
using Triangulate.Nlp.Dates;
using Triangulate.TestKit;

namespace Triangulate.Quality.Timex;

/// <summary>Runs <see cref="TemporalTagger"/> over a TempEval-3 folder and scores it.</summary>
public static class TimexEvaluation
{
    public static TimexScore Run(string folder, StringBuilder? errors = null)
    {
        var tagger = new TemporalTagger();
        var scorer = new TimexScorer();
        foreach (var path in Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = TimeMlDocument.Load(path);
            var system = tagger.Tag(doc.Text, doc.CreationDate)
                .Select(t => new TimeMlTimex(t.Span.Start, t.Span.End, t.Type, t.Value)).ToList();
            var pairs = scorer.Add(doc.Text, doc.Timexes, system);
            if (errors is not null)
            {
                Dump(errors, doc, system, pairs);
            }
        }

        return scorer.Score();
    }

    /// <summary>Scores a peer's predictions (JSON: {"docId": [{"start","end","type","value"}]}) on the same documents.</summary>
    public static TimexScore RunPeer(string folder, IReadOnlyDictionary<string, List<TimeMlTimex>> predictions)
    {
        var scorer = new TimexScorer();
        foreach (var path in Directory.EnumerateFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var doc = TimeMlDocument.Load(path);
            scorer.Add(doc.Text, doc.Timexes, predictions.GetValueOrDefault(doc.DocId) ?? []);
        }

        return scorer.Score();
    }

    private static void Dump(StringBuilder sb, TimeMlDocument doc, List<TimeMlTimex> system, List<(TimeMlTimex Gold, TimeMlTimex System)> pairs)
    {
        string T(TimeMlTimex x) => doc.Text[x.Start..x.End].Replace('\n', ' ');
        var matchedGold = pairs.Select(p => p.Gold).ToHashSet();
        var matchedSys = pairs.Select(p => p.System).ToHashSet();
        foreach (var g in doc.Timexes.Where(g => !matchedGold.Contains(g)))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"MISS\t{doc.CreationDate}\t{g.Type}\t{g.Value}\t[{T(g)}]\t…{Context(doc.Text, g)}…");
        }

        foreach (var s in system.Where(s => !matchedSys.Contains(s) && !pairs.Any(p => p.System.Start < s.End && s.Start < p.System.End)))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"SPUR\t{doc.CreationDate}\t{s.Type}\t{s.Value}\t[{T(s)}]\t…{Context(doc.Text, s)}…");
        }

        foreach (var (g, s) in pairs)
        {
            var extent = g.Start == s.Start && g.End == s.End ? "" : $" extent [{T(s)}]";
            if (g.Value != s.Value || g.Type != s.Type || extent.Length > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"DIFF\t{doc.CreationDate}\t{g.Type}/{s.Type}\t{g.Value}/{s.Value}\t[{T(g)}]{extent}\t…{Context(doc.Text, g)}…");
            }
        }
    }

    private static string Context(string text, TimeMlTimex x)
    {
        var a = Math.Max(0, x.Start - 40);
        var b = Math.Min(text.Length, x.End + 30);
        return text[a..b].Replace('\n', ' ');
    }

    public static string? Folder(string split) => SharedData.Path("data", "timex", split);
}
