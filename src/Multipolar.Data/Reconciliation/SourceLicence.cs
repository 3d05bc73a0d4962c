using Multipolar.Data.Formats;

namespace Multipolar.Data.Reconciliation;

/// <summary>The licence and citation of each source family (docs/sources.md, shared data README).</summary>
public static class SourceLicence
{
    /// <summary>The licence of a format's source.</summary>
    public static string Licence(SourceFormat format) => format switch
    {
        SourceFormat.UnvotesVotes or SourceFormat.UnvotesRollCalls or SourceFormat.UnvotesIssues => "MIT (unvotes R package); data CC0 (Voeten)",
        SourceFormat.VoetenLong or SourceFormat.VoetenWide => "CC0 (Voeten, Harvard Dataverse)",
        SourceFormat.UnxmlResolutions => "United Nations: unofficial copies for informational purposes only; acknowledge the United Nations as the source; no warranty",
        _ => "UN Digital Library: non-commercial use with attribution",
    };

    /// <summary>The citation text of a format's source; UN Digital Library sources name the year of the data and the day of download.</summary>
    public static string Citation(SourceFormat format, int? lastYear, DateOnly downloaded) => format switch
    {
        SourceFormat.UnvotesVotes or SourceFormat.UnvotesRollCalls or SourceFormat.UnvotesIssues =>
            "Robinson, D. unvotes: United Nations General Assembly Voting Data (R package); Voeten, E. (2013) \"Data and Analyses of Voting in the UN General Assembly\", Routledge Handbook of International Organization; hdl:1902.1/12379",
        SourceFormat.VoetenLong =>
            "Voeten, E. (2013) \"Data and Analyses of Voting in the UN General Assembly\"; Bailey, Strezhnev & Voeten (2017); Harvard Dataverse doi:10.7910/DVN/LEJUQZ",
        SourceFormat.VoetenWide =>
            "Pigeon-Effect/Mapping-UNGA-Voting-Alliances, ungaVoting_003.csv, derived from Voeten, E., Harvard Dataverse doi:10.7910/DVN/LEJUQZ",
        SourceFormat.UnxmlResolutions =>
            "United Nations, Department for General Assembly and Conference Management: General Assembly resolutions, machine-readable (UNxml/GAresolutions, data_extract); source: United Nations",
        _ => $"© United Nations, {lastYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "[year]"}, https://digitallibrary.un.org, downloaded on {downloaded:yyyy-MM-dd}",
    };
}
