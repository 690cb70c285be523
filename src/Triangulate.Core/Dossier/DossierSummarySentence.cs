namespace Triangulate.Core.Dossier;

/// <summary>A summary sentence and the evidence it rests on.</summary>
public sealed record DossierSummarySentence(string Sentence, List<Evidence> Evidence);
