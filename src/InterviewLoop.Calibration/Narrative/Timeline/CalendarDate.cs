namespace InterviewLoop.Calibration.Narrative.Timeline;

/// <summary>A date found in a clause: where it is, and the part of the calendar its words allow.</summary>
/// <param name="Start">Offset of the date in the clause.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Low">Earliest calendar year it allows (2019.1667 = 1 March 2019).</param>
/// <param name="High">Latest calendar year it allows.</param>
/// <param name="Text">The date as written, trimmed ("march 2019", "15.03.2019").</param>
internal readonly record struct CalendarDate(int Start, int End, double Low, double High, string Text)
{
    public bool Overlaps(CalendarDate other) => Start < other.End && other.Start < End;
}
