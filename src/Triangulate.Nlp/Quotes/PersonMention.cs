namespace Triangulate.Nlp.Quotes;

/// <summary>A person named in the text: token range of the name (titles excluded), the name itself and a gender guess ('m', 'f' or '?').</summary>
internal readonly record struct PersonMention(int Start, int End, string Name, string LastName, char Gender, int Sentence, bool Subjectish);
