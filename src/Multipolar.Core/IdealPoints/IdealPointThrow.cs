using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Multipolar.IdealPoints;

/// <summary>The throw helper of the ideal-point estimators.</summary>
internal static class IdealPointThrow
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void OptionOutOfRange(string name, object value, string range) =>
        throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"IdealPointOptions.{name} is {value}; it must be {range}."),
            "options");
}
