using System.Text;
using System.Text.Json.Nodes;
using Triangulate.Core.Dossier;
using Triangulate.Reports.Export;

namespace Triangulate.Reports.Tests.Export;

/// <summary>Every table of the sample dossier written as CSV and JSON Lines and read back.</summary>
public sealed class ExportTablesTests
{
    private static readonly DossierDocument Dossier = SampleDossier.Build();

    public static TheoryData<string> Tables => [.. ExportTables.Names];

    [Theory]
    [MemberData(nameof(Tables))]
    public void WriteCsv_EveryTable_ParsesBackCellForCell(string name)
    {
        var table = ExportTables.Build(name, Dossier);
        Assert.NotEmpty(table.Rows);
        using var stream = new MemoryStream();
        TableWriter.WriteCsv(table, stream);

        var records = Csv.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        Assert.Equal(table.Columns, records[0]);
        Assert.Equal(table.Rows.Count + 1, records.Count);
        for (var r = 0; r < table.Rows.Count; r++)
        {
            Assert.Equal(table.Rows[r].Select(c => ExportTable.Text(c) ?? ""), records[r + 1]);
        }
    }

    [Fact]
    public void WriteCsv_Articles_TextsWithLineBreaksAndEmojiSurvive()
    {
        using var stream = new MemoryStream();
        TableWriter.WriteCsv(ExportTables.Build("articles", Dossier), stream);
        var records = Csv.Parse(Encoding.UTF8.GetString(stream.ToArray()));

        var text = records[0].ToList().IndexOf("text");
        Assert.Equal(Dossier.Articles.Select(a => a.Text), records.Skip(1).Select(r => r[text]));
    }

    [Fact]
    public void WriteCsv_Claims_EvidenceCellPointsAtTheCitedCharacters()
    {
        using var stream = new MemoryStream();
        TableWriter.WriteCsv(ExportTables.Build("claims", Dossier), stream);
        var records = Csv.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var texts = Dossier.Articles.ToDictionary(a => a.Id, a => a.Text);

        var cell = records[1][records[0].ToList().IndexOf("evidence")];
        var cited = cell.Split(ExportTable.ListSeparator).Select(c => c.Split(':', '+')).ToList();

        Assert.Equal(Dossier.Stories![0].Claims![0].Evidence.Select(e => e.Text),
            cited.Select(c => texts[c[0]].Substring(int.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public void WriteJsonLines_EveryTable_OneObjectPerRowWithTypedValues(string name)
    {
        var table = ExportTables.Build(name, Dossier);
        using var stream = new MemoryStream();
        TableWriter.WriteJsonLines(table, stream);

        var lines = Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(table.Rows.Count, lines.Length);
        foreach (var line in lines)
        {
            var row = JsonNode.Parse(line)!.AsObject();
            Assert.All(row, p => Assert.Contains(p.Key, table.Columns));
            if (row["evidence"] is JsonArray evidence)
            {
                Assert.All(evidence, e => Assert.NotNull((string?)e!["text"]));
            }
        }
    }

    [Fact]
    public void Build_UnknownTable_Refused() =>
        Assert.Throws<ArgumentException>(() => ExportTables.Build("events", Dossier));
}
