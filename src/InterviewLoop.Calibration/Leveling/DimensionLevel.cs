using InterviewLoop.Domain.Levels;

namespace InterviewLoop.Calibration;

/// <summary>The level one rubric dimension's evidence supports.</summary>
/// <param name="Dimension">Dimension id.</param>
/// <param name="Supported">Supported level, or <c>null</c> without evidence.</param>
/// <param name="Confidence">0..1, as for the overall signal (<see cref="LevelSignal.Confidence"/>).</param>
/// <param name="Votes">How many pieces of evidence (ratings and level-map cues in notes) it rests on.</param>
public sealed record DimensionLevel(string Dimension, Level? Supported, double Confidence, int Votes);
