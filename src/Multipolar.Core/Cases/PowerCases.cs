using System.Collections.Immutable;
using Multipolar.Charts;
using Multipolar.Countries;
using Multipolar.Power;

namespace Multipolar.Cases;

/// <summary>
/// Case 2, junior partner (China/Russia CINC and GDP ratios beside who moved toward whom in the votes), and
/// case 7, how many poles (voting polarity, <see cref="VotingPolarity"/>, beside material polarity, 1946 to the
/// latest year).
/// </summary>
internal static class PowerCases
{
    public static CaseReport JuniorPartner(CaseInputs inputs)
    {
        var r = CountryReference.Default;
        Country chn = r["CHN"], rus = r["RUS"], usa = r["USA"];
        var ratios = PowerAnalysis.Ratios(inputs.Power, chn, rus, RussiaChinaCase.From);
        var findings = new List<string>();
        var limits = new List<string>();
        var cinc = ratios.Select(x => (x.Year, x.CincRatio)).ToArray();
        var gdp = ratios.Select(x => (x.Year, x.GdpRatio)).ToArray();
        if (FindingText.Change(cinc) is { } c)
        {
            findings.Add($"China's CINC as a multiple of Russia's {c}.");
        }

        if (FindingText.Change(gdp) is { } g)
        {
            findings.Add($"China's GDP (current US$) as a multiple of Russia's {g}.");
        }

        if (inputs.Power.IsEmpty)
        {
            limits.Add("No material-power data in the store ('multipolar ingest ../shared/data/cow ../shared/data/worldbank'): the ratios cannot be computed.");
        }

        var fits = CaseMath.StaticFits(inputs, RussiaChinaCase.From);
        if (RussiaChinaCase.Attribution(CaseMath.RelativeTo(fits, rus, usa), CaseMath.RelativeTo(fits, chn, usa)) is { } who)
        {
            findings.Add("In the votes: " + who);
        }

        var lastCinc = ratios.Where(x => double.IsFinite(x.CincRatio)).Select(x => x.Year).DefaultIfEmpty().Max();
        var lastGdp = ratios.Where(x => double.IsFinite(x.GdpRatio)).Select(x => x.Year).DefaultIfEmpty().Max();
        limits.Add($"CINC ends in {lastCinc} (NMC v7.0) and GDP in {lastGdp}; later years have votes but no material figures.");
        limits.Add("'Junior partner' is a claim about dependence and influence; capability and GDP ratios measure size, and vote movements measure stated positions. Neither measures who follows whom in decisions.");
        var flags = new List<string>
        {
            "CINC weighs population and heavy industry as much as military spending; GDP is at current exchange rates, not purchasing-power parity: the two ratios differ in size, and PPP would narrow the GDP ratio.",
            "The vote attribution uses static ideal points per year relative to the United States; a dynamic model or another reference state can change the sizes of the moves.",
        };
        var table = new CaseTable("ratios", ["year", "iso3_a", "iso3_b", "cinc_a", "cinc_b", "cinc_ratio", "gdp_a_usd", "gdp_b_usd", "gdp_ratio", "nmc_version"],
            [.. ratios.Select(x => ImmutableArray.Create(CaseMath.Cell(x.Year), "CHN", "RUS", CaseMath.Cell(x.CincA), CaseMath.Cell(x.CincB), CaseMath.Cell(x.CincRatio),
                CaseMath.Cell(x.GdpA), CaseMath.Cell(x.GdpB), CaseMath.Cell(x.GdpRatio), x.Version is { } v ? $"v{(int)v}.0" : ""))]);
        return new CaseReport(
            "junior-partner",
            "Junior partner? China/Russia material ratios and the votes",
            "Is Russia China's junior partner? China/Russia ratios of CINC and GDP over time, next to who moved toward whom in the votes.",
            $"CINC (COW NMC, v7.0 where it has the year) and GDP (World Bank, current US$) of China over Russia per year from {RussiaChinaCase.From}; beside them the movement of each state's static ideal point relative to the United States (case russia-china).",
            [new("ratios", FigureViews.Ratios(chn, rus, ratios))],
            [table],
            [.. findings],
            [.. flags],
            [.. limits],
            [.. PowerAnalysis.Citations.Take(2), "Bailey, Strezhnev and Voeten (2017), JCR 61(2): 430–456", .. inputs.VoteCitations]);
    }

    public static CaseReport HowManyPoles(CaseInputs inputs)
    {
        var years = PowerAnalysis.Series(inputs.Power, 1946);
        var findings = new List<string>();
        var cinc = years.Select(y => (y.Year, y.CincEffectiveNumber)).ToArray();
        var gdp = years.Select(y => (y.Year, y.GdpEffectiveNumber)).ToArray();
        var con = years.Select(y => (y.Year, y.CincConcentration)).ToArray();
        if (FindingText.Change(cinc) is { } c)
        {
            findings.Add($"The effective number of major powers by CINC {c} ({FindingText.Extremes(cinc)}).");
        }

        if (FindingText.Change(con) is { } k)
        {
            findings.Add($"The Ray–Singer concentration of the major powers' capabilities {k}.");
        }

        if (FindingText.Change(gdp) is { } g)
        {
            findings.Add($"By GDP the effective number of major powers {g}.");
        }

        var polarity = inputs.Polarity.Value;
        var voting = polarity.Years.Select(y => (y.Period, y.EffectivePoles)).ToArray();
        var spectral = polarity.Years.Select(y => (y.Period, y.SpectralPoles)).ToArray();
        if (FindingText.Change(voting) is { } v)
        {
            findings.Add($"In the votes, the effective number of poles (the sizes of the Leiden communities of the agreement network) {v} ({FindingText.Extremes(voting)}).");
        }

        var after = RussiaChinaCase.From;
        var votingAfter = voting.Where(p => p.Period >= after).ToArray();
        var cincAfter = cinc.Where(p => p.Year >= after).ToArray();
        if (FindingText.Change(votingAfter) is { } va && FindingText.Change(cincAfter) is { } ca)
        {
            findings.Add($"Since {after}: the effective number of poles in the votes {va}; by CINC the effective number of major powers {ca}.");
        }

        var flags = new List<string>
        {
            "The set of major powers is COW's: it grows from 4 (1946) to 5 (China, 1950) and 7 (Germany and Japan, 1991). The effective number jumps with the list in 1950 and 1991, not with a change of capabilities; compare years within one list.",
            "CINC and GDP give different answers after 1991 (the GDP series weighs the United States, Japan and Germany more, CINC China and Russia): which one is 'material polarity' is a choice.",
        };
        var spectralDir = FindingText.Direction(spectral);
        var votingDir = FindingText.Direction(voting);
        flags.Add(spectralDir == votingDir
            ? $"Counted spectrally (1 + the participation ratio of the modularity matrix's positive eigenvalues) the number of voting poles moves the same way: it {FindingText.Change(spectral) ?? "has too few values"}."
            : $"Counted spectrally (1 + the participation ratio of the modularity matrix's positive eigenvalues) the number of voting poles {FindingText.Change(spectral) ?? "has too few values"}, unlike the count over community sizes: the finding depends on how poles are counted.");
        flags.Add("Voting polarity depends on the network: signed weights (agreement minus the year's mean) and resolution γ = 1 (docs/polarity.md); 'multipolar polarity --robustness' shows the partitions at other resolutions and with raw weights.");
        var limits = new List<string>
        {
            "GDP has no Soviet figure: the GDP measures start in 1988, when the World Bank's Russia series begins.",
            "Voting and material polarity are different things on different scales: the number of voting blocs among all members, and the number of major powers weighted by their capabilities. The case sets them side by side; it does not say one causes the other.",
        };
        var thinVoting = polarity.Years.Where(y => y.Network.RollCalls < CaseMath.MinimumN).Select(y => $"{y.Period} ({y.Network.RollCalls} roll calls)").ToArray();
        if (thinVoting.Length > 0)
        {
            limits.Add($"Years with fewer than {CaseMath.MinimumN} roll calls, whose communities rest on very few votes: {string.Join(", ", thinVoting)}.");
        }

        if (inputs.Power.IsEmpty)
        {
            limits.Insert(0, "No material-power data in the store: nothing to show.");
        }

        var table = new CaseTable("polarity", ["year", "majors", "cinc_concentration", "cinc_effective_number", "gdp_concentration", "gdp_effective_number", "n_majors", "n_cinc_states", "n_gdp_states", "nmc_version"],
            [.. years.Select(y => ImmutableArray.Create(CaseMath.Cell(y.Year), string.Join(' ', y.Majors.Select(m => m.State.Iso3)), CaseMath.Cell(y.CincConcentration), CaseMath.Cell(y.CincEffectiveNumber),
                CaseMath.Cell(y.GdpConcentration), CaseMath.Cell(y.GdpEffectiveNumber), CaseMath.Cell(y.Majors.Length), CaseMath.Cell(y.CincStates), CaseMath.Cell(y.GdpStates), y.Version is { } v ? $"v{(int)v}.0" : ""))]);
        return new CaseReport(
            "how-many-poles",
            "How many poles? Voting and material polarity since 1946",
            "How many poles: voting polarity and material polarity, 1946 to the latest year.",
            $"Per year: in the votes, the communities of the states' agreement network found by Leiden (signed weights, γ = 1, the best of {VotingPolarity.Options.Seeds} seeds) and their effective number 1/Σ sᵢ² over the community sizes (Laakso–Taagepera); materially, the effective number of major powers 1/Σ share² and the Ray–Singer (1973) concentration index, over the COW major powers' CINC shares and GDP.",
            [new("material-polarity", FigureViews.Power(years, [.. VotingPolarity.Citations, .. inputs.VoteCitations], [CaseMath.Line("effective number of poles in the votes (Leiden communities)", voting)]))],
            [table, new CaseTable("voting-polarity", ["year", "states", "rollcalls", "communities", "modularity", "effective_poles", "spectral_poles", "stability", "options"],
                [.. polarity.Years.Select(y => ImmutableArray.Create(CaseMath.Cell(y.Period), CaseMath.Cell(y.Network.States.Length), CaseMath.Cell(y.Network.RollCalls), CaseMath.Cell(y.CommunityCount),
                    CaseMath.Cell(y.Modularity), CaseMath.Cell(y.EffectivePoles), CaseMath.Cell(y.SpectralPoles), CaseMath.Cell(y.Stability), polarity.Options.ToString()))])],
            [.. findings],
            [.. flags],
            [.. limits],
            [.. PowerAnalysis.Citations, .. VotingPolarity.Citations, .. inputs.VoteCitations]);
    }
}
