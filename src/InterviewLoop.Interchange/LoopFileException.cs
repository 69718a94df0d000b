using InterviewLoop.Domain;

namespace InterviewLoop.Interchange;

/// <summary>
/// One of several loop document files was refused: the message names the file, then the JSON path
/// and the problem as <see cref="LoopDocumentException"/> does
/// (<c>loops/a.json: loop.rounds[2].scorecards[0].ratings.scope: 7 is outside 1..5</c>), or the
/// file-level problem (<c>loops/: no loop documents (*.json)</c>). A <see cref="DomainException"/>
/// with code <c>loop_file.invalid</c> and <see cref="DomainException.Field"/> = the JSON path, if any.
/// </summary>
public sealed class LoopFileException(string file, string? path, string problem)
    : DomainException(ErrorCode, path is null ? $"{file}: {problem}" : $"{file}: {path}: {problem}", path)
{
    /// <summary>The <see cref="DomainException.Code"/> of every loop-file error.</summary>
    public const string ErrorCode = "loop_file.invalid";

    /// <summary>The file or directory at fault, as given.</summary>
    public string File { get; } = file;
}
