using System.Globalization;
using Triangulate.Cluster.Sources;
using Triangulate.Cluster.Status;
using Xunit.Abstractions;

namespace Triangulate.ScaleOut.Tests;

/// <summary>Per-host politeness across the cluster: every source grain of one host runs on the silo that
/// <see cref="HostAffinity"/> picks for that host, so that silo's one polite fetcher paces the whole cluster's
/// requests to it; when a silo joins, the hosts it now owns move there at their next reminder tick.</summary>
public sealed class SourcePlacementTests(ITestOutputHelper output)
{
    /// <summary>Hosts (127.0.0.1 on closed ports: each poll fails at once): with 16, the chance that none of them
    /// belongs to a third silo that joins is (2/3)^16, 0.15 %.</summary>
    private const int Hosts = 16;

    [ScaleOutFact]
    public async Task SourcesOfOneHostRunOnOneSiloAndMoveToASiloThatJoins()
    {
        await using var run = await InProcessCluster.PrepareSourcesAsync("place");
        var cluster = await run.DeployAsync(2);
        // The director places among the silos in the placing silo's cluster manifest: wait until both silos are in
        // every silo's, or a loaded machine could place a grain before the second silo is known there.
        await cluster.WaitForClusterManifestToStabilizeAsync();
        // Two addresses per host: both must land on the host's silo.
        var urls = Enumerable.Range(0, Hosts).Select(_ => NatsServer.FreePort())
            .SelectMany(port => new[] { $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/feed.xml", $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/news/sitemap.xml" })
            .ToList();
        var watched = await ClusterStatusReader.WatchAsync(cluster.Client, urls);
        var two = cluster.Silos.Select(s => s.SiloAddress).ToList();
        AssertPlaced(watched, two);
        Assert.True(watched.Select(s => s.Silo).Distinct().Count() == 2, "every host chose one silo: the test shows no spread");

        // A third silo joins: the hosts it wins must move to it (their grains deactivate after a tick and the next
        // call activates them there); the others stay.
        await cluster.StartAdditionalSiloAsync();
        var three = cluster.Silos.Select(s => s.SiloAddress).ToList();
        var newcomer = three.Except(two).Single().ToString();
        var moving = urls.Count(url => HostAffinity.Choose(url, three).ToString() == newcomer);
        output.WriteLine($"{urls.Count} sources on {Hosts} hosts; {moving} belong to the new silo {newcomer}");
        Assert.True(moving > 0, "no host belongs to the new silo: nothing to move");
        var deadline = DateTime.UtcNow.AddSeconds(45);
        while (true)
        {
            var statuses = await ClusterStatusReader.StatusesAsync(cluster.Client, urls);
            var misplaced = statuses.Where(s => s.Silo != HostAffinity.Choose(s.Url, three).ToString()).ToList();
            if (misplaced.Count == 0)
            {
                break;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{misplaced.Count} sources still not on their host's silo 45 s after a silo joined, e.g. {misplaced[0].Url} on {misplaced[0].Silo}");
            await Task.Delay(2000);
        }
    }

    private void AssertPlaced(IReadOnlyList<SourceStatus> sources, IReadOnlyList<SiloAddress> silos)
    {
        foreach (var host in sources.GroupBy(s => HostAffinity.HostKey(s.Url)))
        {
            var expected = HostAffinity.Choose(host.First().Url, silos).ToString();
            output.WriteLine($"{host.Key}: {string.Join(", ", host.Select(s => s.Silo))} (chosen {expected})");
            Assert.All(host, s => Assert.Equal(expected, s.Silo));
        }
    }
}
