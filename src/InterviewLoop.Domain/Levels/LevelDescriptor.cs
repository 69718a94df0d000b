namespace InterviewLoop.Domain.Levels;

/// <summary>The broad band a level belongs to (seed 001: L1-L2 junior, L3 mid, L4 senior, L5 staff, L6+ principal).</summary>
public enum LevelBand
{
    /// <summary>L1-L2.</summary>
    Junior,

    /// <summary>L3.</summary>
    Mid,

    /// <summary>L4.</summary>
    Senior,

    /// <summary>L5.</summary>
    Staff,

    /// <summary>L6 and above.</summary>
    Principal,
}

/// <summary>
/// What one level means in an organisation, described on seed 001's six dimensions
/// (scope, autonomy, influence, technical depth, ambiguity, failure impact). Text is ours.
/// </summary>
/// <param name="Level">The level described.</param>
/// <param name="Band">Its broad band.</param>
/// <param name="Title">Short title, e.g. "Senior engineer".</param>
/// <param name="Scope">Size of the problems owned.</param>
/// <param name="Autonomy">How much direction is needed or given.</param>
/// <param name="Influence">Whose work is changed by this person.</param>
/// <param name="TechnicalDepth">How patterns are used, chosen or created.</param>
/// <param name="Ambiguity">How well-defined the work arrives.</param>
/// <param name="FailureImpact">What a mistake at this level breaks.</param>
public sealed record LevelDescriptor(
    Level Level,
    LevelBand Band,
    string Title,
    string Scope,
    string Autonomy,
    string Influence,
    string TechnicalDepth,
    string Ambiguity,
    string FailureImpact);
