namespace Triangulate.Extraction.Cleaning.Furniture;

/// <summary>
/// Finds the lines of a copied web page that are not the story (menus, link lists, teasers, footers, comment
/// chrome) with <see cref="FurnitureModel"/>. Runs only when <see cref="FurnitureGate"/> says the text is such a page.
/// </summary>
internal static class FurnitureFilter
{
    /// <summary>As in <see cref="PageFeatures.IsShort"/>.</summary>
    private const int MaxShortWords = 4;

    /// <summary>What a separator token ("|", "»", "•") is made of; a token with anything else counts as a word.</summary>
    private static readonly System.Buffers.SearchValues<char> NotWord = System.Buffers.SearchValues.Create(LineShapes.Punctuation);

    /// <summary>Per line of <paramref name="lines"/>, true for furniture; null when the text is not a copied page.</summary>
    public static bool[]? Find(string text, LineTable lines, FurnitureModel model)
    {
        if (!LooksLikePage(text, lines, model.Gate))
        {
            return null;
        }

        var shapes = LineShapes.Read(text, lines);
        if (!model.Gate.IsPage(shapes))
        {
            return null;
        }

        var keep = model.Decide(shapes);
        var furniture = new bool[lines.Count];
        for (var k = 0; k < shapes.Count; k++)
        {
            for (var line = shapes[k].Line; line <= shapes[k].LastLine; line++)
            {
                furniture[line] = !keep[k];
            }
        }

        return furniture;
    }

    /// <summary>The gate's first test on word counts alone, cheap enough for every article: most never get further.
    /// It may count more short lines than the shapes do (a wrapped line split in two), never fewer.</summary>
    private static bool LooksLikePage(string text, LineTable lines, FurnitureGate gate)
    {
        var shortLines = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var span = lines.Span(text, i).Trim();
            if (span.Length == 0)
            {
                continue;
            }

            if (span[^1] is '.' or '!' or '?' || span.Length > 120)
            {
                continue;
            }

            var words = 0;
            foreach (var range in span.SplitAny(" \t\u00a0"))
            {
                if (span[range].IndexOfAnyExcept(NotWord) >= 0 && ++words > MaxShortWords)
                {
                    break;
                }
            }

            shortLines += words <= MaxShortWords ? 1 : 0;
        }

        return shortLines >= gate.MinShortLines;
    }
}
