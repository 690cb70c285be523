using Triangulate.Core.Model;

namespace Triangulate.Extraction.Cleaning;

/// <summary>What <see cref="BoilerplateCleaner.Clean"/> produced.</summary>
/// <param name="Text">The cleaned text: removed lines dropped, runs of blank lines collapsed, trailing spaces trimmed.</param>
/// <param name="Removed">Every removed piece, verbatim as it stood in the input, in input order.</param>
/// <param name="Byline">Author names from a top byline ("By Jane Doe" gives "Jane Doe"), else null.</param>
/// <param name="Dateline">The dateline removed from the top ("WASHINGTON (Reuters) -"), else null.</param>
/// <param name="DatelineDate">The calendar date a dateline states, at midnight UTC (its time of day is dropped
/// because its zone is unknown); null when the dateline has no full date.</param>
/// <param name="CreditedSources">Agencies or outlets the text credits ("Reuters"), first mention first, no duplicates.</param>
/// <param name="CopyrightHolder">The holder named by a removed copyright line ("© 2025 Latin Times" gives "Latin Times").</param>
public sealed record CleaningResult(
    string Text,
    IReadOnlyList<RemovedText> Removed,
    string? Byline,
    string? Dateline,
    DateTimeOffset? DatelineDate,
    IReadOnlyList<string> CreditedSources,
    string? CopyrightHolder);
