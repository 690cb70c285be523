using Triangulate.Core.Annotations;

namespace Triangulate.Nlp.Entities;

/// <summary>The BIO tag set: 0 = O, then B/I pairs for PER, ORG, LOC, MISC (CoNLL order).</summary>
internal static class NerLabels
{
    public const int Count = 9;
    public const int TypeCount = 4;

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public static readonly string[] ConllTypes = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>Entity type index 0..3, or -1 for O.</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) >> 1;

    public static bool IsBegin(int tag) => tag > 0 && ((tag - 1) & 1) == 0;

    public static int Begin(int type) => 1 + (type * 2);

    public static int Inside(int type) => 2 + (type * 2);

    /// <summary>BIO well-formedness: I-T only after B-T or I-T.</summary>
    public static bool Allowed(int previous, int tag) => tag == 0 || IsBegin(tag) || (previous != 0 && TypeOf(previous) == TypeOf(tag));

    public static string ToEntityType(int type) => type switch
    {
        0 => EntityTypes.Person,
        1 => EntityTypes.Organization,
        2 => EntityTypes.Location,
        _ => EntityTypes.Misc,
    };

    /// <summary>Parses a CoNLL tag; unknown types map to MISC, malformed tags to O.</summary>
    public static int Parse(string tag)
    {
        if (tag.Length < 3 || tag[1] != '-')
        {
            return 0;
        }

        var type = tag.AsSpan(2) switch
        {
            "PER" or "PERSON" or "person" => 0,
            "ORG" or "corporation" or "group" => 1,
            "LOC" or "location" => 2,
            _ => 3,
        };
        return tag[0] == 'B' ? Begin(type) : Inside(type);
    }
}
