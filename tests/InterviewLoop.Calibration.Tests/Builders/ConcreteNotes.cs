namespace InterviewLoop.Calibration.Tests.Builders;

/// <summary>Notes written to be concrete (or not) under EvidenceQuality, for rule tests.</summary>
internal static class ConcreteNotes
{
    public const string Decision = "Chose a durable workflow over a synchronous request because big accounts timed out.";
    public const string Rollout = "Rolled the retry change out to 5 percent of traffic first, behind a feature flag.";
    public const string Attribution = "He wrote the design doc and split hard deletes from retention cases.";
    public const string Praise = "Great, very strong, impressive.";
}
