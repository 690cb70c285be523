using Triangulate.Server.Security;

namespace Triangulate.Server.Tests.Security;

public sealed class BindingPolicyTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.10:5000")]
    [InlineData("http://example.com:5000")]
    public void Check_NonLoopbackWithoutKey_Throws(string url) =>
        Assert.Throws<UnsafeBindingException>(() => BindingPolicy.Check([url], null));

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://127.0.0.2:0")]
    public void Check_LoopbackWithoutKey_Allowed(string url) => BindingPolicy.Check([url], null);

    [Fact]
    public void Check_NonLoopbackWithKey_Allowed() => BindingPolicy.Check(["http://0.0.0.0:5000"], "key");

    [Fact]
    public async Task CreateAsync_PublicBindingWithoutKey_RefusesBeforeOpeningStore()
    {
        var db = Path.Combine(Path.GetTempPath(), "never-" + Guid.NewGuid().ToString("N") + ".db");
        await Assert.ThrowsAsync<UnsafeBindingException>(() => TriangulateServer.CreateAsync(new ServerOptions { Db = db, Urls = ["http://0.0.0.0:0"] }));
        Assert.False(File.Exists(db));
    }
}
