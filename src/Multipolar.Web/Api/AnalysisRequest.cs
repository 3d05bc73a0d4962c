using System.Globalization;
using Multipolar.Blocs;
using Multipolar.Poles;
using Multipolar.Web.Snapshots;

namespace Multipolar.Web.Api;

/// <summary>What the analysis endpoints share: a period range, pole sets, blocs, and the core's argument errors as 400s.</summary>
internal static class AnalysisRequest
{
    /// <summary>from and to (either may be absent); a 400 when from is after to.</summary>
    public static (int? From, int? To) Range(QueryReader q)
    {
        var (from, to) = (q.Int(P.From), q.Int(P.To));
        if (from > to)
        {
            throw ApiException.BadParameter(P.From.Name, $"'from' ({from}) is after 'to' ({to}).");
        }

        return (from, to);
    }

    /// <summary>from and to, both required.</summary>
    public static (int From, int To) RequiredRange(QueryReader q)
    {
        var from = q.RequiredInt(P.From);
        var to = q.RequiredInt(P.To);
        return from > to ? throw ApiException.BadParameter(P.From.Name, $"'from' ({from}) is after 'to' ({to}).") : (from, to);
    }

    /// <summary>The range as the options dictionary names it.</summary>
    public static void Name(Dictionary<string, string> named, int? from, int? to)
    {
        named["from"] = from?.ToString(CultureInfo.InvariantCulture) ?? "";
        named["to"] = to?.ToString(CultureInfo.InvariantCulture) ?? "";
    }

    /// <summary>A pole set of <paramref name="min"/> to <paramref name="max"/> states, each resolved as the CLI does (404 with suggestions when unknown).</summary>
    public static PoleSet PoleSetOf(QueryReader q, DataSnapshot s, ApiParameter parameter, string fallback, int min, int max)
    {
        var codes = (q.Text(parameter) ?? fallback).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (codes.Length < min || codes.Length > max)
        {
            throw ApiException.BadParameter(parameter.Name, min == max
                ? $"'{parameter.Name}' lists {min} states, comma-separated, e.g. {fallback}."
                : $"'{parameter.Name}' lists {min} to {max} states, comma-separated, e.g. {fallback}.");
        }

        var states = codes.Select(c => StateLookup.Resolve(s, parameter.Name, c)).Distinct().ToArray();
        if (states.Length < min)
        {
            throw ApiException.BadParameter(parameter.Name, $"'{parameter.Name}' names the same state twice.");
        }

        return Run(parameter.Name, () => PoleSet.Parse(string.Join(',', states.Select(x => x.Iso3))));
    }

    /// <summary>A bloc of the shipped table; 404 with the CLI's suggestion when unknown.</summary>
    public static Bloc Bloc(string parameter, string code)
    {
        try
        {
            return BlocTable.Default[code];
        }
        catch (BlocLookupException e)
        {
            throw new ApiException(404, "Unknown bloc", e.Message.Replace("'multipolar blocs' lists them", "/api/v1/blocs lists them", StringComparison.Ordinal), parameter,
                e.Suggestion is null ? [.. BlocTable.Default.Blocs.Select(b => b.Code)] : [e.Suggestion]);
        }
    }

    /// <summary>Runs a core analysis; its argument errors (a request the data cannot answer) become a 400 on <paramref name="parameter"/>.</summary>
    public static T Run<T>(string parameter, Func<T> analysis)
    {
        try
        {
            return analysis();
        }
        catch (ArgumentException e) when (e is not BlocLookupException)
        {
            throw ApiException.BadParameter(parameter, e.Message);
        }
    }

    /// <summary>Awaits an analysis computed off the request thread; an <see cref="ArgumentException"/> it throws is a bad <paramref name="parameter"/>.</summary>
    public static async Task<T> RunAsync<T>(string parameter, Func<Task<T>> analysis)
    {
        try
        {
            return await analysis().ConfigureAwait(false);
        }
        catch (ArgumentException e) when (e is not BlocLookupException)
        {
            throw ApiException.BadParameter(parameter, e.Message);
        }
    }

    /// <summary>
    /// Runs a core analysis on <see cref="WorkerScheduler.OnDemand"/>'s threads and awaits it, so that it does not occupy a
    /// request thread of the pool while it computes; its argument errors become a 400 on <paramref name="parameter"/>.
    /// </summary>
    public static Task<T> Compute<T>(string parameter, Func<T> analysis) => RunAsync(parameter, () => WorkerScheduler.OnDemand.Run(analysis));

    /// <summary>A number, or null when undefined (JSON has no NaN).</summary>
    public static double? Defined(double v) => double.IsNaN(v) || double.IsInfinity(v) ? null : v;
}
