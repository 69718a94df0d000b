namespace InterviewLoop.Server.Problems;

/// <summary>What an error becomes on the wire (an RFC 7807 problem), before it is written.</summary>
/// <param name="Status">HTTP status code.</param>
/// <param name="Title">Short, stable summary of the kind of problem.</param>
/// <param name="Code">Machine code, e.g. <c>rating.out_of_range</c>.</param>
/// <param name="Detail">What is wrong and where, e.g. <c>ratings.scope: 7 is outside 1..5</c>.</param>
/// <param name="Field">Path of the input at fault, or <c>null</c>.</param>
internal sealed record Problem(int Status, string Title, string Code, string Detail, string? Field);
