using static InterviewLoop.Domain.Rubrics.SeniorEvidenceRubric;

namespace InterviewLoop.Domain.Rubrics;

/// <summary>
/// <c>career-narrative/v1</c>: seven dimensions from seed 000's self-review rubric, with its
/// readiness gate at 28 of 35 and transition explanation and role fit checked first (below 4).
/// Anchors and hints are our own wording.
/// </summary>
public static class CareerNarrativeRubric
{
    /// <summary>The rubric.</summary>
    public static Rubric V1 { get; } = new(
        "career-narrative/v1",
        "Career narrative",
        [
            Dim("through_line", "Through-line", "Does one pattern connect the career to this role?",
                "Reads as a list of unrelated jobs.",
                "A pattern shows if you look for it.",
                "A clear pattern of work leads from past roles to this one.",
                "Can you say the pattern in one sentence after hearing it?"),
            Dim("evidence_anchors", "Evidence anchors", "Is the story carried by named projects?",
                "Adjectives and years of experience.",
                "Names projects, partly detailed.",
                "Named projects that show scope, judgment, impact and ownership.",
                "Write down each project named and what the candidate did in it."),
            Dim("role_fit", "Role fit", "Does the candidate connect this role's needs to their past?",
                "The answer would fit any job.",
                "A broad match with the role.",
                "Specific needs of the role tied to specific past work.",
                "Which need of this role did they map to which project?"),
            Dim("transition_explanation", "Transition explanation", "Is the reason for moving clear and fair?",
                "Blame, evasion or oversharing.",
                "A neutral reason.",
                "An honest reason, framed toward what comes next.",
                "Record the reason in their words; it is compared across rounds."),
            Dim("company_specificity", "Company specificity", "Why this company, concretely?",
                "Generic praise.",
                "Mentions the product or the mission.",
                "Names a concrete product, engineering, domain or operating-model fit.",
                "Quote the company-specific reason, if any."),
            Dim("level_calibration", "Level calibration", "Does the candidate's ask match the level?",
                "Sounds under-levelled or inflated.",
                "Shows intent at the target level.",
                "States hands-on scope, ownership, influence and growth direction credibly.",
                "Note the level and role shape the candidate says they want."),
            Dim("delivery", "Delivery", "Is the story easy to follow and to probe?",
                "Rambling or recited.",
                "Understandable but uneven.",
                "Concise, natural, consistent and easy to dig into.",
                "Did follow-up questions land on the same story?"),
        ],
        [],
        new RubricGate(28, ["transition_explanation", "role_fit"], 4));
}
