using System.Collections.Frozen;

namespace Triangulate.Nlp.Dates;

/// <summary>The words of English temporal expressions, looked up case-insensitively without allocating.</summary>
internal static class TimexLexicon
{
    private static readonly FrozenDictionary<string, TimexWord> Words = Build();
    private static readonly FrozenDictionary<string, TimexWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryGet(ReadOnlySpan<char> word, out TimexWord entry) => Lookup.TryGetValue(word, out entry);

    /// <summary>Common irregular past-tense verbs (lower case): "took", "said", "told" set a clause in the past.</summary>
    private static readonly FrozenSet<string> IrregularPastWords = new[]
    {
        "said", "told", "took", "made", "gave", "went", "came", "left", "met", "held", "sent", "began", "struck", "hit", "won", "lost",
        "spoke", "wrote", "sought", "brought", "bought", "fought", "led", "fled", "rose", "fell", "shot", "saw", "ran", "became", "chose",
        "drove", "flew", "grew", "knew", "paid", "sold", "stood", "withdrew", "broke", "caught", "found", "kept", "meant", "thought",
        "spent", "swore", "threw", "woke", "wore", "got", "felt", "heard", "built", "sank", "froze", "forgot", "forgave", "hung", "rang",
        "sang", "slept", "taught", "understood", "wept", "won", "dealt", "drew", "ate", "gave", "hid", "laid", "lent", "lit", "overtook",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastLookup = IrregularPastWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for a lower-case irregular past-tense verb.</summary>
    public static bool IsIrregularPast(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && IrregularPastLookup.Contains(word);

    private static FrozenDictionary<string, TimexWord> Build()
    {
        var d = new Dictionary<string, TimexWord>(StringComparer.OrdinalIgnoreCase);
        void Add(string w, Func<TimexWord, TimexWord> f) => d[w] = f(d.TryGetValue(w, out var e) ? e : new TimexWord());

        string[] months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
        string[] abbrev = ["jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var m = 0; m < 12; m++)
        {
            var month = (byte)(m + 1);
            Add(months[m], e => e with { Month = month });
            if (abbrev[m].Length > 0)
            {
                Add(abbrev[m], e => e with { Month = month, Abbreviation = true });
            }
        }

        Add("sept", e => e with { Month = 9, Abbreviation = true });
        string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
        for (var i = 0; i < 7; i++)
        {
            var day = (byte)(i + 1);
            Add(days[i], e => e with { Weekday = day });
        }

        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
        for (var i = 0; i < numbers.Length; i++)
        {
            var n = i;
            Add(numbers[i], e => e with { Number = n });
        }

        string[] tens = ["thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < tens.Length; i++)
        {
            var n = (i + 3) * 10;
            Add(tens[i], e => e with { Number = n });
        }

        Add("a", e => e with { Number = 1 });
        Add("an", e => e with { Number = 1 });
        Add("hundred", e => e with { Number = 100 });
        Add("dozen", e => e with { Number = 12 });
        string[] ordinals = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];
        for (var i = 1; i < ordinals.Length; i++)
        {
            var n = (byte)i;
            Add(ordinals[i], e => e with { Ordinal = n });
        }

        Add("last", e => e with { Function = TimexFunction.Last, Ordinal = 255 });
        (string Word, TimeUnit Unit)[] units =
        [
            ("second", TimeUnit.Second), ("minute", TimeUnit.Minute), ("hour", TimeUnit.Hour), ("day", TimeUnit.Day),
            ("week", TimeUnit.Week), ("weekend", TimeUnit.Weekend), ("month", TimeUnit.Month), ("quarter", TimeUnit.Quarter),
            ("year", TimeUnit.Year), ("decade", TimeUnit.Decade), ("century", TimeUnit.Century),
        ];
        foreach (var (w, u) in units)
        {
            Add(w, e => e with { Unit = u });
            Add(w + "s", e => e with { Unit = u, Plural = true });
        }

        Add("centuries", e => e with { Unit = TimeUnit.Century, Plural = true });
        Add("spring", e => e with { Season = "SP" });
        Add("summer", e => e with { Season = "SU" });
        Add("fall", e => e with { Season = "FA" });
        Add("autumn", e => e with { Season = "FA" });
        Add("winter", e => e with { Season = "WI" });
        Add("morning", e => e with { DayPart = "MO" });
        Add("afternoon", e => e with { DayPart = "AF" });
        Add("evening", e => e with { DayPart = "EV" });
        Add("night", e => e with { DayPart = "NI" });
        Add("overnight", e => e with { DayPart = "NI" });

        (string Word, TimexFunction Function)[] functions =
        [
            ("this", TimexFunction.This), ("next", TimexFunction.Next), ("past", TimexFunction.Past),
            ("coming", TimexFunction.Coming), ("ago", TimexFunction.Ago), ("earlier", TimexFunction.Earlier),
            ("later", TimexFunction.Later), ("early", TimexFunction.Early), ("late", TimexFunction.Late),
            ("mid", TimexFunction.Mid), ("every", TimexFunction.Every), ("each", TimexFunction.Every),
            ("the", TimexFunction.The), ("fiscal", TimexFunction.Fiscal), ("before", TimexFunction.Before),
            ("after", TimexFunction.After), ("since", TimexFunction.Since), ("of", TimexFunction.Of),
            ("and", TimexFunction.And), ("half", TimexFunction.Half), ("few", TimexFunction.Few),
            ("several", TimexFunction.Several), ("recent", TimexFunction.Recent), ("current", TimexFunction.Current),
            ("latest", TimexFunction.Latest), ("previous", TimexFunction.Last), ("prior", TimexFunction.Prior),
            ("following", TimexFunction.Next), ("other", TimexFunction.Other), ("upcoming", TimexFunction.Coming),
            ("preceding", TimexFunction.Last),
            ("some", TimexFunction.Several), ("many", TimexFunction.Several), ("couple", TimexFunction.Few),
        ];
        foreach (var (w, f) in functions)
        {
            Add(w, e => e with { Function = f });
        }

        Add("first", e => e with { Function = TimexFunction.First });
        (string Word, string Mod)[] mods =
        [
            ("about", "APPROX"), ("around", "APPROX"), ("roughly", "APPROX"), ("approximately", "APPROX"),
            ("nearly", "LESS_THAN"), ("almost", "LESS_THAN"), ("over", "MORE_THAN"), ("under", "LESS_THAN"),
        ];
        foreach (var (w, m) in mods)
        {
            Add(w, e => e with { Mod = m });
        }

        (string Word, string Value)[] fixedWords =
        [
            ("today", "D0"), ("yesterday", "D-1"), ("tomorrow", "D1"), ("tonight", "TNI"),
            ("now", "PRESENT_REF"), ("currently", "PRESENT_REF"), ("nowadays", "PRESENT_REF"),
            ("recently", "PAST_REF"), ("lately", "PAST_REF"),
            ("soon", "FUTURE_REF"), ("noon", "T12:00"), ("midnight", "T24:00"), ("midday", "T12:00"),
        ];
        foreach (var (w, v) in fixedWords)
        {
            Add(w, e => e with { Fixed = v });
        }

        (string Word, string Value)[] sets =
        [
            ("daily", "P1D"), ("weekly", "P1W"), ("monthly", "P1M"), ("annually", "P1Y"), ("yearly", "P1Y"),
            ("nightly", "TNI"), ("hourly", "PT1H"),
        ];
        foreach (var (w, v) in sets)
        {
            Add(w, e => e with { SetValue = v });
        }

        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
