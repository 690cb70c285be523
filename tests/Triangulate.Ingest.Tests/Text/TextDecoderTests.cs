using System.Text;
using Triangulate.Ingest.Text;

namespace Triangulate.Ingest.Tests.Text;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Sample = "Maduro said: “peace” — café";

    [Fact]
    public void Decode_Utf8WithBom_StripsBomAndDecodes()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.False(decoded.UsedFallback);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithBom_Decodes()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Sample)).ToArray();

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(Sample, decoded.Text);
        Assert.Equal("utf-16", decoded.EncodingName);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithBom_Decodes()
    {
        var bytes = Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_Utf16LittleEndianWithoutBom_DetectedFromZeroBytes()
    {
        var bytes = Encoding.Unicode.GetBytes("A plain English sentence about the economy.");

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("A plain English sentence about the economy.", decoded.Text);
    }

    [Fact]
    public void Decode_Utf16BigEndianWithoutBom_DetectedFromZeroBytes()
    {
        var bytes = Encoding.BigEndianUnicode.GetBytes("Another plain sentence, big-endian.");

        Assert.Equal("Another plain sentence, big-endian.", TextDecoder.Decode(bytes).Text);
    }

    [Fact]
    public void Decode_Windows1252CurlyQuotes_FallsBackAndKeepsQuotes()
    {
        byte[] bytes = [0x93, (byte)'H', (byte)'i', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'c', (byte)'a', (byte)'f', 0xE9];

        var decoded = TextDecoder.Decode(bytes);

        Assert.True(decoded.UsedFallback);
        Assert.Equal("“Hi” – café", decoded.Text);
    }

    [Fact]
    public void Decode_ValidUtf8_DoesNotFallBack()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.False(decoded.UsedFallback);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void Decode_CrLfAndCr_BecomeLf()
    {
        var decoded = TextDecoder.Decode("one\r\ntwo\rthree\n"u8.ToArray());

        Assert.Equal("one\ntwo\nthree\n", decoded.Text);
    }

    [Fact]
    public void Decode_ControlCharacters_RemovedButTabAndNewlineKept()
    {
        var decoded = TextDecoder.Decode("a\0b\u0007c\td\ne\u001Ff"u8.ToArray());

        Assert.Equal("abc\td\nef", decoded.Text);
    }

    [Fact]
    public void Decode_DecomposedAccent_ComposedToNfc()
    {
        var decoded = TextDecoder.Decode(Encoding.UTF8.GetBytes("Nicola\u0301s Maduro"));

        Assert.Equal("Nicolás Maduro", decoded.Text);
    }

    [Fact]
    public void Decode_DeclaredEncoding_UsedWhenNoBom()
    {
        var cyrillic = Encoding.GetEncoding(1251);
        var bytes = cyrillic.GetBytes("Москва");

        Assert.Equal("Москва", TextDecoder.Decode(bytes, cyrillic).Text);
    }

    [Fact]
    public void Decode_Empty_ReturnsEmpty()
    {
        Assert.Equal(string.Empty, TextDecoder.Decode([]).Text);
    }

    [Theory]
    [InlineData("iso-8859-1", 1252)]
    [InlineData("Windows-1252", 1252)]
    [InlineData("utf-8", 65001)]
    [InlineData("shift_jis", 932)]
    public void FromLabel_KnownLabel_ReturnsEncoding(string label, int codePage)
    {
        Assert.Equal(codePage, TextDecoder.FromLabel(label)!.CodePage);
    }

    [Fact]
    public void FromLabel_UnknownLabel_ReturnsNull()
    {
        Assert.Null(TextDecoder.FromLabel("klingon-8"));
    }

    /// <summary>Found by fuzzing (tools/fuzz/regressions/html): .NET refuses to decode UTF-7 and threw out of the reader.</summary>
    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("csUnicode11UTF7")]
    public void FromLabel_RefusedEncoding_ReturnsNullInsteadOfThrowing(string label)
    {
        Assert.Null(TextDecoder.FromLabel(label));
    }
}
