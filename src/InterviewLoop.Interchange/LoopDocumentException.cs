using InterviewLoop.Domain;

namespace InterviewLoop.Interchange;

/// <summary>
/// A loop document was refused. <see cref="Path"/> names the exact place at fault in the contract's
/// form (<c>loop.rounds[2].scorecards[0].ratings.scope</c>, <c>$</c> for the root), <see cref="Problem"/>
/// says what is wrong, and the message is the one line the command line prints:
/// <c>loop.rounds[2].scorecards[0].ratings.scope: 7 is outside 1..5</c>. It is a
/// <see cref="DomainException"/> with code <c>loop_document.invalid</c> and <see cref="DomainException.Field"/> = <see cref="Path"/>,
/// so hosts that already turn domain errors into 400 responses handle it unchanged.
/// </summary>
public sealed class LoopDocumentException(string path, string problem)
    : DomainException(ErrorCode, $"{path}: {problem}", path)
{
    /// <summary>The <see cref="DomainException.Code"/> of every loop-document error.</summary>
    public const string ErrorCode = "loop_document.invalid";

    /// <summary>Where the document is wrong (e.g. <c>loop.rounds[0].id</c>).</summary>
    public string Path { get; } = path;

    /// <summary>What is wrong there (e.g. <c>round id 'r1' is already used by loop.rounds[0]</c>).</summary>
    public string Problem { get; } = problem;
}
