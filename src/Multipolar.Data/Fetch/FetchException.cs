namespace Multipolar.Data.Fetch;

/// <summary>A download failed or did not verify; the message says which file, why, and what to do.</summary>
public sealed class FetchException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FetchException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
