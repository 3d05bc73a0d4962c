namespace Multipolar.Votes;

/// <summary>
/// An issue area of a roll call: one of the six standard codes of Voeten's data
/// (<c>me</c> Palestinian conflict, <c>nu</c> nuclear weapons and material, <c>di</c> arms control and
/// disarmament, <c>hr</c> human rights, <c>co</c> colonialism, <c>ec</c> economic development) or a
/// user tag (lower-case letters, digits, <c>-</c> and <c>_</c>, at most 32 characters, e.g. <c>ukraine</c>).
/// </summary>
/// <remarks><c>default</c> has a null code and is not a valid issue area.</remarks>
public readonly record struct IssueArea
{
    private IssueArea(string code) => Code = code;

    /// <summary>The code, always lower case.</summary>
    public string Code { get; }

    /// <summary>Palestinian conflict.</summary>
    public static IssueArea MiddleEast { get; } = new("me");

    /// <summary>Nuclear weapons and nuclear material.</summary>
    public static IssueArea Nuclear { get; } = new("nu");

    /// <summary>Arms control and disarmament.</summary>
    public static IssueArea Disarmament { get; } = new("di");

    /// <summary>Human rights.</summary>
    public static IssueArea HumanRights { get; } = new("hr");

    /// <summary>Colonialism.</summary>
    public static IssueArea Colonialism { get; } = new("co");

    /// <summary>Economic development.</summary>
    public static IssueArea Economic { get; } = new("ec");

    /// <summary>The six standard codes in Voeten's order: me, nu, di, hr, co, ec.</summary>
    public static IReadOnlyList<IssueArea> Standard { get; } =
        [MiddleEast, Nuclear, Disarmament, HumanRights, Colonialism, Economic];

    /// <summary>True for the six standard codes.</summary>
    public bool IsStandard => Code is "me" or "nu" or "di" or "hr" or "co" or "ec";

    /// <summary>The English description of a standard code, or the code itself for a user tag.</summary>
    public string Description => Code switch
    {
        "me" => "Palestinian conflict",
        "nu" => "Nuclear weapons and nuclear material",
        "di" => "Arms control and disarmament",
        "hr" => "Human rights",
        "co" => "Colonialism",
        "ec" => "Economic development",
        _ => Code,
    };

    /// <summary>Parses an issue code or user tag, case-insensitive.</summary>
    /// <exception cref="FormatException">The text is empty, too long or has characters other than letters, digits, '-' and '_'.</exception>
    public static IssueArea Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var area))
        {
            return area;
        }

        throw new FormatException(
            $"'{text}' is not an issue area: use one of me, nu, di, hr, co, ec or a tag of at most 32 letters, digits, '-' or '_'.");
    }

    /// <summary>Tries to parse an issue code or user tag.</summary>
    public static bool TryParse(string? text, out IssueArea area)
    {
        area = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var code = text.Trim().ToLowerInvariant();
        if (code.Length > 32)
        {
            return false;
        }

        foreach (var c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                return false;
            }
        }

        area = new IssueArea(code);
        return true;
    }

    /// <inheritdoc />
    public override string ToString() => Code ?? "";
}
