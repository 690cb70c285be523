using Triangulate.Core.Text;

namespace Triangulate.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Nicolás Núñez", "nicolas nunez")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Straße", "strase")]
    [InlineData("Ștefan Țiriac", "stefan tiriac")]
    [InlineData("Tōkyō", "tokyo")]
    [InlineData("Þór", "þor")]
    public void Fold_LowercasesAndStripsAccents_OneCharacterForOne(string text, string folded)
    {
        Assert.Equal(folded, TextFolding.Fold(text));
        Assert.Equal(folded.Length, TextFolding.Fold(text).Length);
    }

    [Theory]
    [InlineData("Nicolás Maduro", "Nicolas Maduro")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("e\u0301te\u0301", "ete")]
    public void StripDiacritics_KeepsCase_SpellsOutLigatures_DropsCombiningMarks(string text, string stripped) =>
        Assert.Equal(stripped, TextFolding.StripDiacritics(text));

    [Fact]
    public void Fold_AgreesWithStripDiacritics_OnEverySingleLetterBase()
    {
        for (var c = '\u00C0'; c <= '\u024F'; c++)
        {
            var stripped = TextFolding.StripDiacritics(c.ToString());
            if (stripped.Length == 1)
            {
                Assert.Equal(char.ToLowerInvariant(stripped[0]), TextFolding.Fold(c));
            }
        }
    }

    [Fact]
    public void HasDiacritics_OnlyForChangedText()
    {
        Assert.True(TextFolding.HasDiacritics("José"));
        Assert.False(TextFolding.HasDiacritics("Jose"));
    }
}
