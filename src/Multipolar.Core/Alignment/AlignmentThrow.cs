using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace Multipolar.Alignment;

/// <summary>The throw helper of the alignment engine: each message names the value and what is valid.</summary>
internal static class AlignmentThrow
{
    [DoesNotReturn]
    [StackTraceHidden]
    public static void Argument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [StackTraceHidden]
    public static T Argument<T>(string paramName, string message) => throw new ArgumentException(message, paramName);

    [Conditional("DEBUG")]
    public static void DebugAssert([DoesNotReturnIf(false)] bool condition, string message) => Debug.Assert(condition, message);
}
