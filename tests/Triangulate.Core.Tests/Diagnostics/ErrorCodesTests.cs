using Triangulate.Core.Diagnostics;
using Triangulate.TestKit;

namespace Triangulate.Core.Tests.Diagnostics;

public class ErrorCodesTests
{
    [Fact]
    public void All_EveryCodeIsDocumentedInErrorsMd()
    {
        var doc = File.ReadAllText(Path.Combine(SharedData.RepoRoot, "docs", "errors.md"));

        var missing = ErrorCodes.All.Where(code => !doc.Contains($"| {code} |", StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "undocumented codes: " + string.Join(", ", missing));
    }

    [Fact]
    public void All_CodesAreUniqueAndWellFormed()
    {
        Assert.Equal(ErrorCodes.All.Count, ErrorCodes.All.Distinct().Count());
        Assert.All(ErrorCodes.All, c => Assert.Matches(@"^TRI[1-6]\d{3}$", c));
    }
}
