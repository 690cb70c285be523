namespace Triangulate.Nlp.Dates;

/// <summary>A text cut into the pieces the date and quantity grammars read (<see cref="TokenPieces"/>), with the
/// pieces that end a sentence marked.</summary>
internal sealed record PiecedText(string Text, List<ScanToken> Pieces, bool[] SentenceEnds);
