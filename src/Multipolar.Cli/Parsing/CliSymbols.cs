using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace Multipolar.Cli.Parsing;

/// <summary>
/// The options and arguments the commands use, built with parsers whose errors name the option and the value
/// in the command line's one-line style (<c>--year 'abc': not a whole number.</c>) instead of .NET type names.
/// Numbers are read with the invariant culture.
/// </summary>
internal static class CliSymbols
{
    /// <summary>An optional text option.</summary>
    public static Option<string?> Text(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description };

    /// <summary>A text option with a default.</summary>
    public static Option<string> Text(string name, string helpName, string description, string defaultValue) =>
        new(name) { HelpName = helpName, Description = description, DefaultValueFactory = _ => defaultValue };

    /// <summary>A text option that may be repeated (<c>--file a --file b</c>).</summary>
    public static Option<string[]> Texts(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, DefaultValueFactory = _ => [] };

    /// <summary>An optional whole-number option.</summary>
    public static Option<int?> Int(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, CustomParser = r => ParseWhole<int>(name, r) };

    /// <summary>A whole-number option with a default.</summary>
    public static Option<int> Int(string name, string helpName, string description, int defaultValue) =>
        new(name) { HelpName = helpName, Description = description, DefaultValueFactory = _ => defaultValue, CustomParser = r => ParseWhole<int>(name, r) ?? defaultValue };

    /// <summary>An optional 64-bit whole-number option (roll-call ids).</summary>
    public static Option<long?> Long(string name, string helpName, string description) =>
        new(name) { HelpName = helpName, Description = description, CustomParser = r => ParseWhole<long>(name, r) };

    /// <summary>A number option with a default.</summary>
    public static Option<double> Number(string name, string helpName, string description, double defaultValue) =>
        new(name)
        {
            HelpName = helpName,
            Description = description,
            DefaultValueFactory = _ => defaultValue,
            CustomParser = r => double.TryParse(Single(r), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
                ? v : Error<double>(r, $"{name} '{Single(r)}': not a number (use a dot for decimals)."),
        };

    /// <summary>A switch.</summary>
    public static Option<bool> Flag(string name, string description) => new(name) { Description = description, Arity = ArgumentArity.Zero };

    /// <summary>An option taking one of an enumeration's names (case-insensitive); null when not given.</summary>
    public static Option<TEnum?> Choice<TEnum>(string name, string helpName, string description)
        where TEnum : struct, Enum =>
        new(name) { HelpName = helpName, Description = description, CustomParser = r => ParseEnum<TEnum>(name, r) };

    /// <summary>A required argument.</summary>
    public static Argument<string> Required(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ExactlyOne };

    /// <summary>An argument that may be left out.</summary>
    public static Argument<string?> Optional(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    /// <summary>Zero or more arguments (<paramref name="atLeastOne"/>: one or more).</summary>
    public static Argument<string[]> Many(string name, string description, bool atLeastOne = false) =>
        new(name) { Description = description, Arity = atLeastOne ? ArgumentArity.OneOrMore : ArgumentArity.ZeroOrMore, DefaultValueFactory = _ => [] };

    /// <summary>A required argument naming one of an enumeration's values (case-insensitive).</summary>
    public static Argument<TEnum> Required<TEnum>(string name, string description)
        where TEnum : struct, Enum =>
        new(name) { Description = description, Arity = ArgumentArity.ExactlyOne, CustomParser = r => ParseEnum<TEnum>(name, r) };

    /// <summary>A required whole-number argument.</summary>
    public static Argument<int> RequiredInt(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ExactlyOne, CustomParser = r => ParseWhole<int>(name, r) ?? 0 };

    private static T? ParseWhole<T>(string name, ArgumentResult r)
        where T : struct, IBinaryInteger<T> =>
        T.TryParse(Single(r), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : Error<T?>(r, $"{name} '{Single(r)}': not a whole number.");

    private static TEnum ParseEnum<TEnum>(string name, ArgumentResult r)
        where TEnum : struct, Enum
    {
        var text = Single(r).Trim();
        if (!text.Any(char.IsAsciiDigit) && Enum.TryParse<TEnum>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        var names = string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
        return Error<TEnum>(r, $"{name} '{text}': use {names}.");
    }

    private static string Single(ArgumentResult r) => r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";

    private static T Error<T>(ArgumentResult r, string message)
    {
        r.AddError(message);
        return default!;
    }
}
