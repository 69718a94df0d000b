namespace InterviewLoop.Calibration.Tests.Simulation;

/// <summary>
/// The truth a simulated history is drawn from, in rating points. A candidate's true rating on a
/// dimension is 3 + ability + difficulty + candidate×dimension; a normal rater gives it minus their
/// severity plus noise, rounded and clamped to 1..5; a halo rater gives every dimension of a card
/// the same impression (the candidate's mean true rating on that rubric, plus noise).
/// </summary>
internal sealed record SimulationSettings
{
    public int Loops { get; init; } = 2_000;

    public int Raters { get; init; } = 200;

    public double AbilitySd { get; init; } = 0.6;

    public double DifficultySd { get; init; } = 0.3;

    public double CandidateDimensionSd { get; init; } = 0.5;

    public double SeveritySd { get; init; } = 0.5;

    public double NoiseSd { get; init; } = 0.6;

    public double HaloShare { get; init; } = 0.1;

    /// <summary>Every n-th loop gets a third interviewer in its deep dive (to reach 100,000 ratings at 2,000 loops).</summary>
    public int ExtraPanelistEvery { get; init; } = 7;

    public int Seed { get; init; } = 20261102;
}
