using Triangulate.Reports.Export;

namespace Triangulate.Reports.Tests.Export;

/// <summary>The RFC 4180 writer and the strict parser the export round-trip tests rely on.</summary>
public sealed class CsvTests
{
    [Fact]
    public void Parse_Rfc4180Example_QuotedCommasQuotesAndLineBreaks()
    {
        var records = Csv.Parse("a,\"b \"\"c\"\"\",d\r\n\"x\r\ny\",,z\r\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b \"c\"", "d"], records[0]);
        Assert.Equal(["x\r\ny", "", "z"], records[1]);
    }

    [Fact]
    public void WriteThenParse_HostileFields_ComeBackExactly()
    {
        string?[] fields = ["plain", "with, comma", "with \"quotes\"", "line\nbreak", "crlf\r\nbreak", " padded ", "", null, "é 🚢 “curly”", "trailing,"];
        var writer = new StringWriter();
        Csv.WriteRecord(writer, fields);
        Csv.WriteRecord(writer, fields);

        var records = Csv.Parse(writer.ToString());

        Assert.Equal(2, records.Count);
        Assert.Equal(fields.Select(f => f ?? ""), records[0]);
        Assert.Equal(records[0], records[1]);
    }

    [Theory]
    [InlineData("a,b\"c\r\n", "quote inside an unquoted field")]
    [InlineData("\"open,b\r\n", "never closed")]
    [InlineData("\"a\"b,c\r\n", "text after a closing quote")]
    [InlineData("a\rb\r\n", "bare CR")]
    public void Parse_MalformedCsv_FormatExceptionSaysWhy(string csv, string why)
    {
        var ex = Assert.Throws<FormatException>(() => Csv.Parse(csv));
        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_OnlyQuotesWhatMustBeQuoted()
    {
        Assert.Equal("abc", Csv.Escape("abc"));
        Assert.Equal("\"a,b\"", Csv.Escape("a,b"));
        Assert.Equal("\"say \"\"hi\"\"\"", Csv.Escape("say \"hi\""));
        Assert.Equal("", Csv.Escape(null));
    }
}
