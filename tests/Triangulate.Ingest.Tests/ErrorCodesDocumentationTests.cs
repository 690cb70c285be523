using Triangulate.Core.Diagnostics;
using Triangulate.TestKit;

namespace Triangulate.Ingest.Tests;

public sealed class ErrorCodesDocumentationTests
{
    [Fact]
    public void ErrorsMd_EveryIngestCode_HasATableRow()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "errors.md"));

        var missing = ErrorCodes.All.Where(c => c.StartsWith("TRI1", StringComparison.Ordinal))
            .Where(c => !doc.Contains($"| {c} |", StringComparison.Ordinal))
            .ToList();

        Assert.Empty(missing);
    }
}
