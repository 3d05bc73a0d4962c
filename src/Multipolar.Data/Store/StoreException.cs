namespace Multipolar.Data.Store;

/// <summary>The store cannot be opened or used as asked; the message says why and what to do.</summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    public StoreException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
