using System.Globalization;
using Multipolar.Alignment;
using Multipolar.Cli.Output;
using Multipolar.Cli.Parsing;
using Multipolar.Polarity;
using Spectre.Console;

namespace Multipolar.Cli.Commands.Polarity;

/// <summary><c>multipolar polarity</c>: communities of the Assembly per year, labelled by poles (docs/polarity.md).</summary>
public sealed class PolarityCommand : CliCommand<PolaritySettings>
{
    private const string Citation = "[Leiden: Traag, Waltman and van Eck 2019, Sci. Rep. 9: 5233; signed modularity: Traag and Bruggeman 2009, Phys. Rev. E 80: 036115; effective number: Laakso and Taagepera 1979]";

    /// <inheritdoc />
    public override int Execute(PolaritySettings settings, CancellationToken cancellationToken)
    {
        var options = settings.PolarityOptions;
        var poles = settings.ResolvedPoles();
        using var store = settings.OpenStore();
        var votes = store.LoadMatrix(settings.VotesQuery(settings.First, settings.Last));
        if (settings.Robustness)
        {
            WriteRobustness(settings, PolarityEngine.Robustness(votes, options, poles, null, settings.First, settings.Last), options);
            return 0;
        }

        var result = PolarityEngine.Compute(votes, options, poles, settings.First, settings.Last);
        if (result.Years.IsEmpty)
        {
            throw new ArgumentException($"No year with a network of two or more states{Range(settings)} (states need {options.MinVotes} votes in the year).");
        }

        var t = settings.Members ? Members(result) : settings.Communities ? Communities(result) : Years(result);
        t.Notes.Add(Markup.Escape($"options: {options} poles={result.Poles.Key}"));
        foreach (var note in result.Poles.Notes)
        {
            t.Notes.Add(Markup.Escape(note));
        }

        t.Notes.Add(Markup.Escape(Citation));
        TabularWriter.Write(settings.Format == OutputFormat.Table ? ForPeople(t) : t, settings.Format, Cli.Console);
        return 0;
    }

    /// <summary>The table for people: the option columns (printed in the notes) and the diagnostics are left out.</summary>
    private static Tabular ForPeople(Tabular t)
    {
        string[] hidden = ["measure", "signed", "resolution", "modularity_min", "runs", "mean_weight", "roll_calls", "spectral_poles"];
        var keep = Enumerable.Range(0, t.Columns.Count).Where(i => !hidden.Contains(t.Columns[i].Key)).ToArray();
        var people = new Tabular(t.Title, [.. keep.Select(i => t.Columns[i])]);
        foreach (var row in t.Rows)
        {
            people.Add([.. keep.Select(i => row[i])]);
        }

        people.Notes.AddRange(t.Notes);
        return people;
    }

    private static string Range(PolaritySettings s) => s.First is null && s.Last is null ? "" : $" in {s.First?.ToString(CultureInfo.InvariantCulture) ?? "…"}–{s.Last?.ToString(CultureInfo.InvariantCulture) ?? "…"}";

    private static TabularColumn[] OptionColumns() =>
        [new("measure", "Measure"), new("signed", "Signed"), new("resolution", "γ", true)];

    private static object?[] OptionValues(PolarityOptions o) => [o.Measure.Key(), o.Signed, o.Resolution];

    private static Tabular Years(PolarityResult result)
    {
        var t = new Tabular("Polarity of the General Assembly per year",
        [
            new("year", "Year", true), new("states", "States", true), new("communities", "Comm.", true), new("modularity", "Q", true),
            new("modularity_min", "Q min", true), new("effective_poles", "Eff. poles", true), new("spectral_poles", "Spectral", true),
            new("stability", "Stability", true), new("runs", "Runs", true), new("mean_weight", "Mean w", true), new("roll_calls", "Roll calls", true),
            new("partition", "Communities (size)"), .. OptionColumns(),
        ]);
        foreach (var y in result.Years)
        {
            var summary = string.Join("; ", y.Communities.Where(c => c.Size > 1 || c.Poles.Length > 0).Select(c => $"{c.Label} ({c.Size})"));
            var singles = y.Communities.Count(c => c.Size == 1 && c.Poles.IsEmpty);
            if (singles > 0)
            {
                summary += $"; {singles} alone";
            }

            t.Add([y.Period, y.Network.States.Length, y.CommunityCount, y.Modularity, y.ModularityMin, y.EffectivePoles, y.SpectralPoles, y.Stability, y.Runs,
                y.Network.MeanWeight, y.Network.RollCalls, summary, .. OptionValues(result.Options)]);
        }

        return t;
    }

    private static Tabular Communities(PolarityResult result)
    {
        var t = new Tabular("Communities per year",
        [
            new("year", "Year", true), new("community", "Comm.", true), new("label", "Label"), new("size", "Size", true),
            new("modularity", "Q", true), new("stability", "Stability", true), new("members", "Members"), .. OptionColumns(),
        ]);
        foreach (var y in result.Years)
        {
            foreach (var c in y.Communities)
            {
                t.Add([y.Period, c.Number, c.Label, c.Size, y.Modularity, c.MemberStability.Average(), string.Join(" ", c.Members.Select(m => m.Iso3)), .. OptionValues(result.Options)]);
            }
        }

        return t;
    }

    private static Tabular Members(PolarityResult result)
    {
        var t = new Tabular("Community membership (long form)",
        [
            new("year", "Year", true), new("community", "Comm.", true), new("iso3", "ISO3"), new("label", "Label"), new("community_size", "Size", true),
            new("member_stability", "Stability", true), new("modularity", "Q", true), .. OptionColumns(),
        ]);
        foreach (var y in result.Years)
        {
            foreach (var c in y.Communities)
            {
                for (var i = 0; i < c.Members.Length; i++)
                {
                    t.Add([y.Period, c.Number, c.Members[i].Iso3, c.Label, c.Size, c.MemberStability[i], y.Modularity, .. OptionValues(result.Options)]);
                }
            }
        }

        return t;
    }

    private static void WriteRobustness(PolaritySettings settings, IReadOnlyList<PolarityRobustnessRow> rows, PolarityOptions options)
    {
        var t = new Tabular("Polarity across resolutions and weights, compared with the default partition",
        [
            new("year", "Year", true), new("weights", "Weights"), new("resolution", "γ", true), new("communities", "Comm.", true),
            new("modularity", "Q", true), new("effective_poles", "Eff. poles", true), new("stability", "Stability", true),
            new("adjusted_rand", "ARI vs default", true), new("same_pole_split", "Same pole split"), new("partition", "Communities (size)"), new("measure", "Measure"),
        ]);
        foreach (var r in rows)
        {
            var y = r.Year;
            var summary = string.Join("; ", y.Communities.Where(c => c.Size > 1 || c.Poles.Length > 0).Select(c => $"{c.Label} ({c.Size})"));
            t.Add(r.Period, r.Variant.Weights, r.Variant.Resolution, y.CommunityCount, y.Modularity, y.EffectivePoles, y.Stability, r.AdjustedRand, r.PolesApart, summary, options.Measure.Key());
        }

        t.Notes.Add(Markup.Escape($"reference: {options}"));
        t.Notes.Add(Markup.Escape(Citation));
        TabularWriter.Write(t, settings.Format, Cli.Console);
    }
}
