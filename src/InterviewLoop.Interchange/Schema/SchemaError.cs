namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// One way a JSON instance breaks its schema.
/// </summary>
/// <param name="Path">
/// Where, in the contract's path form: property names joined by dots, array indices in brackets,
/// no leading <c>$.</c> (e.g. <c>loop.rounds[2].scorecards[0].ratings.scope</c>); <c>$</c> alone is the root.
/// </param>
/// <param name="Problem">What is wrong, in one clause (e.g. <c>7 is outside 1..5</c>).</param>
public sealed record SchemaError(string Path, string Problem)
{
    /// <summary>The contract's one-line form, <c>path: problem</c>.</summary>
    public override string ToString() => $"{Path}: {Problem}";
}
