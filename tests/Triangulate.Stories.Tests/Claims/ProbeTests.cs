using Triangulate.Core.Annotations;
using Triangulate.TestKit;
using Xunit.Abstractions;

namespace Triangulate.Stories.Tests.Claims;

public class ProbeTests(ITestOutputHelper output)
{
    [SharedDataFact("data/seeds")]
    public void Probe()
    {
        foreach (var ctx in new[] { StoryCorpus.Seeds, StoryCorpus.Demo })
        {
            foreach (var a in ctx.Articles)
            {
                output.WriteLine($"== {a.Id} {a.Metadata.Outlet} {a.Metadata.Published} L={ctx.LineageOf.GetValueOrDefault(a.Id)}");
                foreach (var q in a.Annotations.Get(Layers.Quantities))
                {
                    output.WriteLine($"  Q {a.Slice(q.Span)} v={q.Value} u={q.Unit} qual={q.Qualifier} about={q.About}");
                }
            }
            foreach (var e in ctx.Stories![0].Entities!.Take(8))
            {
                output.WriteLine($"E {e.Id} {e.Name} {e.Mentions.Count}: {string.Join(" | ", e.Descriptors.Select(d => d.Text + "@" + d.ArticleId))}");
            }
            foreach (var f in ctx.Stories![0].Quotes!.Where(f => f.Variants.Count > 0))
            {
                output.WriteLine($"QF {f.Speaker} {f.Text[..Math.Min(50, f.Text.Length)]} : {string.Join(" ; ", f.Variants.Select(v => v.Change + " " + string.Join(",", v.ArticleIds)))} :: {string.Join(" ; ", f.Occurrences.Select(o => o.ArticleId + "/" + o.SpeakerText))}");
            }
        }
    }
}
