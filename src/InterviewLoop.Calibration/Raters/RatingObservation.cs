namespace InterviewLoop.Calibration.Raters;

/// <summary>
/// One submitted rating as the rater model reads it, whatever it came from (a loop document, the
/// server's read model). Ids are compared ordinally.
/// </summary>
/// <param name="Loop">Loop id.</param>
/// <param name="Candidate">Candidate id: the model gives each candidate one ability per dimension across loops.</param>
/// <param name="Round">Round id within the loop.</param>
/// <param name="Interviewer">Interviewer (rater) id.</param>
/// <param name="Dimension">Rubric dimension id.</param>
/// <param name="Raw">The rating given, 1..5.</param>
public sealed record RatingObservation(string Loop, string Candidate, string Round, string Interviewer, string Dimension, int Raw);
