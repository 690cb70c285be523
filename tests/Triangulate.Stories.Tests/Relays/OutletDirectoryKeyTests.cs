using Triangulate.Stories.Relays;

namespace Triangulate.Stories.Tests.Relays;

/// <summary>The relay directory keys an outlet's aliases as the outlet, reading them from the one outlet registry.</summary>
public sealed class OutletDirectoryKeyTests
{
    [Theory]
    [InlineData("The Huffington Post", "HuffPost")]
    [InlineData("Huffington", "HuffPost")]
    [InlineData("NY Times", "The New York Times")]
    [InlineData("NYTimes", "The New York Times")]
    [InlineData("WSJ", "The Wall Street Journal")]
    [InlineData("AP", "Associated Press")]
    public void Key_Alias_KeysAsItsOutlet(string alias, string outlet) =>
        Assert.Equal(OutletDirectory.Key(outlet), OutletDirectory.Key(alias));

    [Fact]
    public void SameOutlet_AliasAndName_True() =>
        Assert.True(OutletDirectory.SameOutlet(OutletDirectory.Key("the Huffington Post"), "HuffPost"));
}
