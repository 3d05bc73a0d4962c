using nietras.SeparatedValues;
using Multipolar.Votes;

namespace Multipolar.Data.Formats;

/// <summary>
/// The roll-call columns Voeten's layouts share (the <c>unvotes</c> roll-call file and the Dataverse long
/// file): <c>rcid, session, importantvote, date, unres, amend, para, short, descr</c>. Optional columns
/// may be missing (index -1).
/// </summary>
internal readonly record struct VoetenRollCallColumns(int Rcid, int Session, int Important, int Date, int Unres, int Amend, int Para, int Short, int Descr)
{
    /// <summary>Finds the columns; rcid and date are required.</summary>
    public static VoetenRollCallColumns Find(CsvSource csv) => new(
        csv.Column("rcid"),
        csv.OptionalColumn("session"),
        csv.OptionalColumn("importantvote"),
        csv.Column("date"),
        csv.OptionalColumn("unres"),
        csv.OptionalColumn("amend"),
        csv.OptionalColumn("para"),
        csv.OptionalColumn("short"),
        csv.OptionalColumn("descr"));

    /// <summary>Reads the roll call of a row.</summary>
    public RollCall Read(CsvSource csv, SepReader.Row row, long rcid) => new()
    {
        Id = new RollCallId(rcid),
        Session = csv.OptionalInt(row, Session),
        Date = csv.Date(row, Date),
        Resolution = CsvSource.Text(row, Unres),
        Title = CsvSource.Text(row, Short),
        Description = CsvSource.Text(row, Descr),
        Important = csv.Flag(row, Important),
        Amendment = csv.Flag(row, Amend),
        Paragraph = csv.Flag(row, Para),
    };
}
