using InterviewLoop.Calibration.Evidence;

namespace InterviewLoop.Calibration.Tests.Evidence;

public sealed class EvidenceQualityTests
{
    [Theory]
    [InlineData("Great communicator.")]
    [InlineData("Strong technically, solid ownership, very impressive.")]
    [InlineData("Huge impact, very impressive.")]
    [InlineData("Good problem solver and a team player.")]
    [InlineData("Has 9 years of experience and knows Java, Go, Kubernetes and Kafka.")]
    [InlineData("Ten years in backend; seems like L5 material, 4/5 overall.")]
    [InlineData("Strong on decisions and great at production.")]
    [InlineData("")]
    [InlineData("   ")]
    public void Assess_WhenNoteIsPraiseTenureOrTools_IsNotConcrete(string note)
    {
        var assessment = EvidenceQuality.Assess(note);

        Assert.False(assessment.IsConcrete, $"markers: {string.Join(", ", assessment.Markers)}");
    }

    [Theory]
    [InlineData("Team of 12 engineers across three squads.")]
    [InlineData("I wrote the migration plan and the rollback design.")]
    [InlineData("He chose idempotency keys per billing cycle.")]
    [InlineData("Wrote the runbook; another engineer built the notifications.")]
    [InlineData("Owns the account deletion workflow end to end.")]
    [InlineData("Rollback rehearsed before the staged rollout.")]
    [InlineData("Would involve support earlier; the lesson cost a week.")]
    [InlineData("The trade-off was build cost against partial deletes.")]
    public void Assess_WhenNoteHasEvidenceMarkers_IsConcrete(string note)
    {
        Assert.True(EvidenceQuality.IsConcrete(note));
    }

    [Fact]
    public void Assess_TenureNumber_IsNotCountedAsANumberButReportedAsVague()
    {
        var assessment = EvidenceQuality.Assess("8 years of experience, great engineer");

        Assert.DoesNotContain(EvidenceMarker.Number, assessment.Markers);
        Assert.Equal(["8 years of experience", "great"], assessment.VaguePhrases);
    }

    [Fact]
    public void Assess_ToolList_IsReportedAsVague()
    {
        var assessment = EvidenceQuality.Assess("Knows Java, Go, Kubernetes");

        Assert.Contains("java, go, kubernetes", assessment.VaguePhrases);
        Assert.False(assessment.IsConcrete);
    }

    [Fact]
    public void Assess_FullEvidenceStack_FindsEachMarkerInEnumOrder()
    {
        const string note = "The goal was clear for support teams. He chose a workflow instead of an endpoint to avoid partial "
            + "deletes, rolled it out in cohorts, reduced tickets by 30%, paired with a junior engineer, and would do the labels differently. "
            + "The account deletion workflow is now the template.";

        var assessment = EvidenceQuality.Assess(note);

        Assert.Equal(Enum.GetValues<EvidenceMarker>(), assessment.Markers);
    }

    [Fact]
    public void Assess_OneWeakMarker_IsNotEnough_TwoAre()
    {
        Assert.False(EvidenceQuality.IsConcrete("Talked about the rollout."));
        Assert.True(EvidenceQuality.IsConcrete("Talked about the rollout and the rollback."));
    }

    [Theory]
    [InlineData(EvidenceMarker.Number, true)]
    [InlineData(EvidenceMarker.NamedSystem, true)]
    [InlineData(EvidenceMarker.Attribution, true)]
    [InlineData(EvidenceMarker.Decision, false)]
    [InlineData(EvidenceMarker.Reflection, false)]
    public void IsStrong_SeparatesCheckableMarkersFromStackWords(EvidenceMarker marker, bool strong)
    {
        Assert.Equal(strong, EvidenceQuality.IsStrong(marker));
    }
}
