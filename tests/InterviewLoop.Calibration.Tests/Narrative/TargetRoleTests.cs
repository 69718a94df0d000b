using static InterviewLoop.Calibration.Tests.Narrative.NarrativeLoops;

namespace InterviewLoop.Calibration.Tests.Narrative;

public sealed class TargetRoleTests
{
    [Theory]
    [InlineData("Wants a hands-on senior IC role.", "She is looking to move into people management.", "track ic (r1) vs manager (r2)")]
    [InlineData("Targeting staff-level platform roles.", "Wants a senior engineer position.", "level staff (r1) vs senior (r2)")]
    [InlineData("She wants to stay close to the code.", "Her goal is to step back from the code and set technical direction.", "shape hands-on (r1) vs strategy (r2)")]
    [InlineData("Asked for L5.", "She is looking for an L4 role.", "level staff (r1) vs senior (r2)")]
    public void Calibrate_WhenTheAskChanges_FlagsTheAttributesThatMoved(string first, string second, string moved)
    {
        var flag = Assert.Single(Flags(FlagKinds.TargetRole, first, second));

        Assert.Equal($"The role the candidate asks for differs: {moved}.", flag.Message);
    }

    [Theory]
    [InlineData("Wants a senior IC role now; staff is a longer-term goal.", "Eventually he'd like staff, but the ask today is a hands-on senior engineer seat.")]
    [InlineData("Looking for an individual contributor role; no interest in managing people.", "Wants to remain on the IC track.")]
    [InlineData("Wants to mentor senior engineers and stay hands-on.", "Looking for a senior backend role, hands-on.")]
    [InlineData("Targeting an L5 role.", "Wants a staff-level position.")]
    public void Calibrate_WhenTheAskIsRetoldOrIsALaterAmbition_DoesNotFlag(string first, string second)
    {
        Assert.Empty(Flags(FlagKinds.TargetRole, first, second));
    }
}
