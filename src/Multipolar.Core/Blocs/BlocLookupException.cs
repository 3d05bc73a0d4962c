namespace Multipolar.Blocs;

/// <summary>A bloc code that names no bloc of the table; <see cref="Suggestion"/> is the nearest code, if any.</summary>
public sealed class BlocLookupException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public BlocLookupException(string code, string? suggestion, string message)
        : base(message)
    {
        Code = code;
        Suggestion = suggestion;
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public BlocLookupException()
        : this("", null, "Unknown bloc.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public BlocLookupException(string message)
        : this("", null, message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    public BlocLookupException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "";
    }

    /// <summary>The code asked for.</summary>
    public string Code { get; } = "";

    /// <summary>The nearest known code, or null.</summary>
    public string? Suggestion { get; }
}
