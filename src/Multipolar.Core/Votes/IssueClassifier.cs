using System.Collections.Immutable;

namespace Multipolar.Votes;

/// <summary>
/// Infers issue areas of a roll call from its title and subjects with a fixed keyword rule set, for roll
/// calls whose source does not code Voeten's six issues (UN Digital Library scrapes, the official
/// record). Also tags votes on Russia's war against Ukraine (<see cref="Ukraine"/>). The rules are listed
/// in docs/sources.md; an inferred issue is stored with <c>inferred = true</c>.
/// </summary>
/// <remarks>
/// Matching is case-insensitive on whole words or phrases of the text (title, then subjects). A roll
/// call may get several issues or none. Thread-safe (immutable).
/// </remarks>
public static class IssueClassifier
{
    /// <summary>The tag of votes on Russia's war against Ukraine, Crimea and Sevastopol.</summary>
    public static IssueArea Ukraine { get; } = IssueArea.Parse("ukraine");

    /// <summary>The rules: each issue with the phrases that give it.</summary>
    public static ImmutableArray<(IssueArea Issue, ImmutableArray<string> Phrases)> Rules { get; } =
    [
        (IssueArea.MiddleEast, ["palestin", "israel", "occupied arab territor", "occupied syrian golan", "jerusalem", "gaza", "west bank", "unrwa", "middle east", "near east"]),
        (IssueArea.Nuclear, ["nuclear", "fissile", "fissionable", "atomic", "radioactive", "non-proliferation"]),
        (IssueArea.Disarmament, ["disarmament", "arms control", "arms race", "arms trade", "weapons", "missile", "landmine", "anti-personnel mine", "cluster munition", "outer space", "biological weapon", "chemical weapon", "conventional arms", "small arms", "arms"]),
        (IssueArea.HumanRights, ["human rights", "torture", "death penalty", "moratorium on the use of the death penalty", "racism", "racial discrimination", "xenophobia", "rights of the child", "rights of indigenous", "self-determination", "extrajudicial", "nazism", "fundamental freedoms", "genocide", "refugees", "women", "discrimination", "religious intolerance", "democracy"]),
        (IssueArea.Colonialism, ["decoloni", "colonial", "non-self-governing", "trust territor", "independence to colonial", "apartheid", "south west africa", "namibia", "falkland", "malvinas", "western sahara", "new caledonia", "tokelau", "guam", "gibraltar", "mayotte", "chagos"]),
        (IssueArea.Economic, ["economic", "development", "international trade", "trade and development", "debt", "financial", "poverty", "sustainable", "industrial", "agricultur", "unilateral coercive", "coercive economic", "embargo", "food security", "investment", "commodit", "globalization"]),
    ];

    /// <summary>
    /// The phrases that give the <see cref="Ukraine"/> tag. <c>es-11/</c> is the symbol of every resolution of the
    /// eleventh emergency special session (convened on Russia's invasion of Ukraine, 28 February 2022), some of
    /// whose titles do not name Ukraine (ES-11/3, the suspension of the Russian Federation from the Human Rights Council).
    /// </summary>
    public static ImmutableArray<string> UkrainePhrases { get; } =
        ["ukraine", "crimea", "sevastopol", "aggression against ukraine", "territorial integrity of ukraine", "donetsk", "luhansk", "zaporizhzhia", "kherson", "es-11/"];

    /// <summary>
    /// The six standard issues that the text's phrases give (empty when none), in Voeten's order.
    /// <see cref="Ukraine"/> is not among them: see <see cref="IsUkraine"/>.
    /// </summary>
    public static ImmutableArray<IssueArea> Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var t = text.ToLowerInvariant();
        var builder = ImmutableArray.CreateBuilder<IssueArea>();
        foreach (var (issue, phrases) in Rules)
        {
            if (phrases.Any(p => Contains(t, p)))
            {
                builder.Add(issue);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>True when the text is about Russia's war against Ukraine (or Crimea, Sevastopol).</summary>
    public static bool IsUkraine(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.ToLowerInvariant();
        return UkrainePhrases.Any(p => Contains(t, p));
    }

    /// <summary>
    /// True when <paramref name="phrase"/> occurs in <paramref name="text"/> starting at a word boundary
    /// (a phrase may end inside a word: <c>palestin</c> matches "Palestinian").
    /// </summary>
    private static bool Contains(string text, string phrase)
    {
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
