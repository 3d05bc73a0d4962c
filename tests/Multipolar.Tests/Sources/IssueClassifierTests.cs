using Multipolar.Votes;

namespace Multipolar.Tests.Sources;

/// <summary>The keyword rules of issue inference.</summary>
public sealed class IssueClassifierTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "Peaceful settlement of the question of Palestine", "me" },
        { "Reducing nuclear danger : resolution / adopted by the General Assembly", "nu" },
        { "Implementation of the Convention on the Prohibition of Anti-Personnel Mines", "di" },
        { "Situation of human rights in Myanmar", "hr" },
        { "Dissemination of information on decolonization", "co" },
        { "Unilateral economic measures as a means of political and economic coercion", "ec" },
        { "Necessity of ending the economic, commercial and financial embargo imposed by the United States against Cuba", "ec" },
        { "Election of judges", "" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_Title_StandardIssues(string title, string expected)
    {
        // Given a title / When classified
        var issues = IssueClassifier.Classify(title);

        // Then
        Assert.Equal(expected, string.Join(",", issues.Select(i => i.Code)));
    }

    [Theory]
    [InlineData("Aggression against Ukraine", true)]
    [InlineData("Territorial integrity of Ukraine", true)]
    [InlineData("Situation of human rights in the Autonomous Republic of Crimea and the city of Sevastopol, Ukraine", true)]
    [InlineData("Problem of the militarization of the Autonomous Republic of Crimea", true)]
    [InlineData("Situation of human rights in Myanmar", false)]
    [InlineData("Ukrainian SSR statement", false)]
    public void IsUkraine_Title_Tagged(string title, bool expected)
    {
        // Given / When / Then
        Assert.Equal(expected, IssueClassifier.IsUkraine(title));
    }

    [Fact]
    public void Classify_PhraseInsideWord_NotMatched()
    {
        // Given "arms" inside "harms" and "farms"
        // When / Then
        Assert.Empty(IssueClassifier.Classify("Harms to farms"));
    }
}
