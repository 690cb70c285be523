namespace Triangulate.Nlp.Sentences;

/// <summary>A token's character range, for code shared by the stages' own token structs (<see cref="SentenceEnds"/>).</summary>
internal interface ITokenRange
{
    int Start { get; }

    int End { get; }
}
