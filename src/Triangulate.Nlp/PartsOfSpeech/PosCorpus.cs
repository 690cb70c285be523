namespace Triangulate.Nlp.PartsOfSpeech;

/// <summary>Reads the part-of-speech column of a CoNLL-2003 file (word, POS, chunk, NER per line).</summary>
public static class PosCorpus
{
    /// <summary>Sentences as (words, tags); document markers are skipped.</summary>
    public static List<(string[] Words, string[] Tags)> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var sentences = new List<(string[], string[])>();
        var words = new List<string>();
        var tags = new List<string>();
        foreach (var raw in File.ReadLines(path))
        {
            var parts = raw.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 2 || parts[0] == "-DOCSTART-")
            {
                if (words.Count > 0)
                {
                    sentences.Add(([.. words], [.. tags]));
                    words.Clear();
                    tags.Clear();
                }

                continue;
            }

            words.Add(parts[0]);
            tags.Add(parts[1]);
        }

        if (words.Count > 0)
        {
            sentences.Add(([.. words], [.. tags]));
        }

        return sentences;
    }
}
