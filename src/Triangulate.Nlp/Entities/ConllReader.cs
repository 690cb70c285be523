namespace Triangulate.Nlp.Entities;

/// <summary>
/// Reads CoNLL-style NER files: one token per line, first column the token, last column the tag, blank
/// line between sentences, "-DOCSTART-" lines between documents. Tags are converted IOB1 → IOB2 (an I-T
/// that starts a chunk becomes B-T), which is also how conlleval reads invalid sequences. Files without
/// document markers (WNUT-17) yield one document per sentence so no history leaks between posts.
/// </summary>
public static class ConllReader
{
    public static IReadOnlyList<ConllDocument> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var docs = new List<ConllDocument>();
        var current = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        var sawDocStart = false;

        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                current.Add(new ConllSentence(tokens.ToArray(), ToIob2(tags)));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (current.Count > 0)
            {
                docs.Add(new ConllDocument(current.ToArray()));
                current.Clear();
            }
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.TrimEnd();
            if (line.Length == 0)
            {
                EndSentence();
                continue;
            }

            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (parts[0] == "-DOCSTART-")
            {
                sawDocStart = true;
                EndDocument();
                continue;
            }

            tokens.Add(parts[0]);
            tags.Add(parts.Length > 1 ? parts[^1] : "O");
        }

        EndDocument();
        if (!sawDocStart)
        {
            return docs.SelectMany(d => d.Sentences).Select(s => new ConllDocument([s])).ToArray();
        }

        return docs;
    }

    /// <summary>IOB1/IOB2 → IOB2 with CoNLL type names kept as given.</summary>
    public static string[] ToIob2(IReadOnlyList<string> tags)
    {
        var result = new string[tags.Count];
        var previousType = "";
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            if (tag.Length < 3 || tag[1] != '-')
            {
                result[i] = "O";
                previousType = "";
                continue;
            }

            var type = tag[2..];
            result[i] = tag[0] == 'I' && type != previousType ? "B-" + type : tag;
            previousType = type;
        }

        return result;
    }
}
