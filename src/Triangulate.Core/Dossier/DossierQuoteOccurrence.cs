namespace Triangulate.Core.Dossier;

/// <summary>One place a quote family appears; kind is direct | partial | indirect.</summary>
public sealed record DossierQuoteOccurrence(string ArticleId, int Start, int Length, string Text, string? SpeakerText, string Kind);
