namespace InterviewLoop.Domain.Rubrics;

/// <summary>
/// <c>senior-evidence/v1</c>: seven dimensions from seed 003's self-check rubric with totals banded
/// 7-17, 18-27, 28-35 as seed 003 does. Anchors and hints are our own wording.
/// </summary>
public static class SeniorEvidenceRubric
{
    /// <summary>The rubric.</summary>
    public static Rubric V1 { get; } = new(
        "senior-evidence/v1",
        "Senior evidence",
        [
            Dim("scope", "Scope", "How large and how connected is the problem the candidate owned?",
                "Talks about tickets handed to them.",
                "Owns a feature or a component and can say where it ends.",
                "Owns a problem area and names its users, neighbouring systems, stakeholders and limits.",
                "Listen for who used it, what it touched, and what was out of bounds."),
            Dim("autonomy", "Autonomy", "How does the candidate move when the goal is unclear?",
                "Waits to be told what to do.",
                "Delivers on their own once the ask is clear.",
                "Turns a vague goal into a plan, proposes it, and keeps people aligned as facts shift.",
                "Ask what was unclear at the start and who decided the path."),
            Dim("judgment", "Judgment", "Are decisions explained with options, criteria and risk?",
                "Describes what was built, not why.",
                "Mentions a trade-off or two.",
                "Compares alternatives, states the criteria, says what is reversible and which risk they accepted.",
                "Note the rejected option and the reason it lost."),
            Dim("production_ownership", "Production ownership", "Does the candidate own what happens after merge?",
                "Says testing and monitoring exist, nothing more.",
                "Covers the usual metrics, alerts and staged rollout.",
                "Plans for failure modes, rollback, data correctness, security and day-two operations.",
                "Ask how it was rolled out, observed and rolled back."),
            Dim("impact", "Impact", "Is the outcome tied to something users or the business felt?",
                "Success in vague words.",
                "Gives one useful output number.",
                "Links the work to customer, revenue, reliability, cost or team outcomes with a baseline.",
                "Write down the number and what it was before."),
            Dim("influence", "Influence", "Whose work changed because of the candidate?",
                "Helps when someone asks.",
                "Coordinates inside their own team.",
                "Aligns several teams or functions and leaves a reusable practice behind.",
                "Who disagreed, and how was agreement reached?"),
            Dim("reflection", "Reflection", "Does the candidate learn from their own work?",
                "No lesson, or a platitude.",
                "Names a sensible improvement.",
                "Shows a specific behaviour they changed afterwards, with evidence.",
                "Ask what they would do differently and whether they since have."),
        ],
        [
            new RubricBand(7, 17, "Evidence likely under-levels the candidate."),
            new RubricBand(18, 27, "Usable evidence; decisions and impact need sharpening."),
            new RubricBand(28, 35, "A credible senior case."),
        ],
        null);

    internal static RubricDimension Dim(
        string id, string name, string question, string at1, string at3, string at5, string hint) =>
        new(id, name, question, new Dictionary<int, string> { [1] = at1, [3] = at3, [5] = at5 }, hint);
}
