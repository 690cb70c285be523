namespace Triangulate.Ingest.JsonLines;

/// <summary>The fields of one JSON Lines article; <see cref="Error"/> is set instead when the line is unusable.</summary>
internal sealed class JsonLineRecord
{
    private static readonly int FieldCount = Enum.GetValues<JsonLineField>().Length;

    private readonly string?[] _values = new string?[FieldCount];
    private readonly int[] _ranks = new int[FieldCount];

    public string? Id => this[JsonLineField.Id];
    public string? Text => this[JsonLineField.Text];
    public string? Html => this[JsonLineField.Html];
    public string? Title => this[JsonLineField.Title];
    public string? Outlet => this[JsonLineField.Outlet];
    public string? Url => this[JsonLineField.Url];
    public string? Published => this[JsonLineField.Published];
    public string? Byline => this[JsonLineField.Byline];
    public string? Language => this[JsonLineField.Language];

    /// <summary>True when the body came under a name other than "text"/"html" and looks like markup.</summary>
    public bool TextLooksLikeHtml { get; set; }

    public string? Error { get; set; }

    public string? this[JsonLineField field] => _values[(int)field];

    /// <summary>Keeps <paramref name="value"/> when the field is unset or blank, or when the value is not blank and
    /// came under a better-ranked name (a lower <paramref name="rank"/>: "text" before "body").</summary>
    public void Set(JsonLineField field, int rank, string? value)
    {
        var i = (int)field;
        var current = _values[i];
        if (value is null)
        {
            return;
        }

        var blank = string.IsNullOrWhiteSpace(value);
        if (current is null || (!blank && (string.IsNullOrWhiteSpace(current) || rank < _ranks[i])))
        {
            _values[i] = value;
            _ranks[i] = rank;
        }
    }

    /// <summary>The rank of the name the field was read under (0: its own name).</summary>
    public int RankOf(JsonLineField field) => _ranks[(int)field];
}
