namespace Multipolar.Countries;

/// <summary>A country was asked for by a code or name that the reference does not know, or that names several states.</summary>
public sealed class CountryLookupException : ArgumentException
{
    internal CountryLookupException(string query, string message, IReadOnlyList<Country> candidates)
        : base(message)
    {
        Query = query;
        Candidates = candidates;
    }

    /// <summary>The text that was looked up.</summary>
    public string Query { get; }

    /// <summary>The states the text could mean (empty when unknown).</summary>
    public IReadOnlyList<Country> Candidates { get; }

    /// <summary>True when the text matched more than one state.</summary>
    public bool IsAmbiguous => Candidates.Count > 1;
}
