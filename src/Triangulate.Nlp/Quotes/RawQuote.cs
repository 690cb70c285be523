namespace Triangulate.Nlp.Quotes;

/// <summary>An attribution while it is being built: content in characters, speaker and cue in tokens (inclusive).</summary>
internal sealed class RawQuote
{
    public required int ContentStart { get; init; }
    public required int ContentEnd { get; init; }
    public required string Kind { get; init; }
    public required int Sentence { get; init; }
    public int SpeakerStart { get; set; } = -1;
    public int SpeakerEnd { get; set; } = -1;
    public int CueStart { get; set; } = -1;
    public int CueEnd { get; set; } = -1;

    /// <summary>True when the speaker was inherited from an earlier quote rather than found beside this one.</summary>
    public bool Inherited { get; set; }

    public bool HasSpeaker => SpeakerStart >= 0;
}
