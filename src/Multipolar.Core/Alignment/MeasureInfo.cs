namespace Multipolar.Alignment;

/// <summary>What the CLI, the web app and reports show about a <see cref="Alignment.Measure"/>.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="Key">The CLI key (<c>identity</c>, <c>agree</c>, <c>coincidence</c>, <c>s</c>, <c>kappa</c>, <c>pi</c>).</param>
/// <param name="Name">A short display name.</param>
/// <param name="Description">The formula in one sentence.</param>
/// <param name="Citation">The source of the measure.</param>
/// <param name="Range">The range of defined values, as text.</param>
public sealed record MeasureInfo(Measure Measure, string Key, string Name, string Description, string Citation, string Range);
