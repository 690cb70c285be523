using System.Text.Json.Nodes;
using Triangulate.Server.Tests.Support;
using Triangulate.TestKit;

namespace Triangulate.Server.Tests.Api;

/// <summary>
/// The committed docs/openapi.json is the API contract: the document the app generates must equal it.
/// After an intended API change, regenerate with TRIANGULATE_UPDATE_OPENAPI=1 and review the diff.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private static readonly string Committed = Path.Combine(SharedData.RepoRoot, "docs", "openapi.json");

    [Fact]
    public async Task LiveDocument_EqualsCommittedDocument()
    {
        await using var host = await ServerHost.StartAsync();
        var live = JsonNode.Parse(await host.Client.GetStringAsync(TriangulateServer.OpenApiPath))!;
        var liveText = live.ToJsonString(new() { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable("TRIANGULATE_UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(Committed, liveText);
        }

        Assert.True(File.Exists(Committed), "docs/openapi.json is missing; run the tests once with TRIANGULATE_UPDATE_OPENAPI=1");
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Committed))!;
        Assert.True(JsonNode.DeepEquals(committed, live),
            "the API changed: docs/openapi.json differs from the generated document. If intended, rerun with TRIANGULATE_UPDATE_OPENAPI=1 and commit the diff.");
    }

    [Fact]
    public async Task LiveDocument_DescribesEveryApiRoute()
    {
        await using var host = await ServerHost.StartAsync();
        var paths = JsonNode.Parse(await host.Client.GetStringAsync(TriangulateServer.OpenApiPath))!["paths"]!.AsObject();
        foreach (var path in new[] { "/api/ingest", "/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}", "/api/search", "/health", "/api/metrics" })
        {
            Assert.True(paths.ContainsKey(path), $"{path} missing from the OpenAPI document");
        }

        Assert.False(paths.ContainsKey("/"), "UI routes must stay out of the API description");
    }
}
