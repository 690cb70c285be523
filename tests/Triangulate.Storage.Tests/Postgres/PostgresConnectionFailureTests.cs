using Triangulate.Core.Diagnostics;
using Triangulate.Core.Storage;
using Triangulate.Storage.Postgres;

namespace Triangulate.Storage.Tests.Postgres;

/// <summary>Failures that need no server at all, so they run everywhere.</summary>
public sealed class PostgresConnectionFailureTests
{
    [Fact]
    public async Task OpenAsync_NoServerListening_ThrowsUnavailableWithoutPassword()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var ex = await Assert.ThrowsAsync<StoreException>(() =>
            PostgresArticleStore.OpenAsync("Host=127.0.0.1;Port=1;Username=u;Password=secret-pw;Database=d;Timeout=3"));

        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
        Assert.Contains("127.0.0.1:1", ex.Message);
        Assert.DoesNotContain("secret-pw", ex.Message);
    }

    [Fact]
    public async Task OpenAsync_MalformedConnectionString_ThrowsUnavailable()
    {
        var ex = await Assert.ThrowsAsync<StoreException>(() => PostgresArticleStore.OpenAsync("Hots=nowhere;;=="));

        Assert.Equal(ErrorCodes.StoreUnavailable, ex.Code);
    }

    [Theory]
    [InlineData("Bad-Name")]
    [InlineData("1abc")]
    [InlineData("x\"; DROP SCHEMA public; --")]
    [InlineData("")]
    public async Task OpenAsync_InvalidSchemaName_ThrowsArgumentException(string schema)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            PostgresArticleStore.OpenAsync("Host=127.0.0.1;Port=1", new PostgresStoreOptions { Schema = schema }));
    }
}
