using Triangulate.Core.Ingest;
using Triangulate.Extraction.Cleaning;
using Triangulate.Extraction.PlainText;
using Triangulate.TestKit;
using static Triangulate.Extraction.Tests.Cleaning.CleanerFixtures;

namespace Triangulate.Extraction.Tests.Cleaning;

/// <summary>Removed items are verbatim pieces of the input and none of them is left in the cleaned text.</summary>
public sealed class CleaningInvariantTests
{
    private static readonly string Mixed = string.Join(
        "\n",
        "By Amara Okafor",
        "10:41 28.09.2025 •",
        "",
        "Fishing boats moored in the eastern channel at dawn.",
        "Photo: Harbour Wire",
        "",
        Lead,
        "Read more: Flood defences tested as storm nears",
        "",
        Tail,
        "Join our WhatsApp channel for the latest updates",
        "Share this article",
        "We use cookies to improve your experience on our site.",
        "(Reporting by Kofi Mensah in Accra; Editing by Mark Hale)",
        "– Ends",
        "With inputs from Reuters",
        "© 2024 Harbour Times Media. All rights reserved.");

    [Fact]
    public void Clean_MixedBoilerplate_RemovedItemsAreInputPiecesAbsentFromText()
    {
        var result = new BoilerplateCleaner().Clean(Mixed);

        Assert.Equal(12, result.Removed.Count);
        AssertInvariant(Mixed, result.Text, result.Removed.Select(r => r.Text));
        Assert.Equal($"{Lead}\n\n{Tail}", result.Text);
    }

    [Fact]
    public void Clean_MixedBoilerplate_RemovedInInputOrder()
    {
        var result = new BoilerplateCleaner().Clean(Mixed);

        var positions = result.Removed.Select(r => Mixed.IndexOf(r.Text, StringComparison.Ordinal)).ToList();
        Assert.Equal(positions.Order(), positions);
    }

    [SharedDataFact("data/seeds")]
    public void Extract_Seeds_RemovedItemsAreInputPiecesAbsentFromText()
    {
        var extractor = new PlainTextExtractor();
        foreach (var file in Directory.GetFiles(SharedData.Path("data", "seeds")!, "*.txt"))
        {
            var input = File.ReadAllText(file);
            var result = extractor.Extract(input, DocumentHints.None);
            var pieces = result.Cleaning.Removed.Select(r => r.Text).ToList();
            if (result.Title is not null)
            {
                pieces.Add(result.Title);
            }

            AssertInvariant(input, result.Text, pieces);
        }
    }

    private static void AssertInvariant(string input, string text, IEnumerable<string> removed)
    {
        foreach (var piece in removed)
        {
            Assert.Contains(piece, input, StringComparison.Ordinal);
            Assert.DoesNotContain(piece, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("\n\n\n", text, StringComparison.Ordinal);
        Assert.All(text.Split('\n'), line => Assert.Equal(line.TrimEnd(), line));
    }
}
