using InterviewLoop.Calibration.Tests.Builders;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Calibration.Tests.Narrative;

/// <summary>Loops whose rounds each hold one career-narrative scorecard with one general note.</summary>
internal static class NarrativeLoops
{
    /// <summary>Round r1, r2... with one interviewer each (u-1, u-2...) who wrote the given note.</summary>
    public static LoopSnapshot Of(params string[] notes)
    {
        var builder = new LoopBuilder();
        for (var i = 0; i < notes.Length; i++)
        {
            var note = notes[i];
            builder.Round($"r{i + 1}", r => r.Card($"u-{i + 1}", c => c.Rate("through_line", 3).Note(null, note)), CareerNarrativeRubric.V1.Id);
        }
        return builder.Build();
    }

    public static IReadOnlyList<Flag> Flags(LoopSnapshot loop, string kind) =>
        new LoopCalibrator().Calibrate(loop).Flags.Where(f => f.Kind == kind).ToArray();

    public static IReadOnlyList<Flag> Flags(string kind, params string[] notes) => Flags(Of(notes), kind);
}
