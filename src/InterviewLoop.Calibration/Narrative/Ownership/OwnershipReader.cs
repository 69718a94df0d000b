using System.Text.RegularExpressions;
using InterviewLoop.Calibration.Narrative.Projects;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.Ownership;

/// <summary>
/// Reads who did what on which project, clause by clause in the order the interviewer wrote. A
/// leadership verb counts only for its own object ("led the billing migration", "the migration he
/// led"), so precise attribution of a part ("for the deletion workflow she owned the retention
/// rules") is not read as owning the workflow. A bare reference ("the migration", "the project",
/// "it") means the last project named on the same scorecard with a compatible head. Also reads
/// <c>ownership</c> claims.
/// </summary>
internal static partial class OwnershipReader
{
    public static IEnumerable<Mention<OwnershipClaim>> Read(SubmittedCard card, IReadOnlyList<CardSentence> sentences)
    {
        ProjectName? last = null;
        foreach (var sentence in sentences)
            foreach (var (start, end) in CardText.Clauses(sentence.Lower))
            {
                var clause = sentence.Lower[start..end];
                var projects = ProjectNames.In(clause).Select(p => Resolve(p, last)).OfType<ProjectName>().ToArray();
                var main = projects.FirstOrDefault(p => !ProjectWords.MinorHeads.Contains(p.Head)) ?? projects.FirstOrDefault()
                    ?? (Pronoun().IsMatch(clause) ? last : null);
                var cues = OwnershipCues.In(clause, sentence.Text[start..end]);
                foreach (var claim in ProjectTargets.Claims(clause, cues, projects, main, last))
                    yield return Mention(card, claim, sentence.Text, false);
                last = projects.LastOrDefault(p => !ProjectWords.MinorHeads.Contains(p.Head)) ?? last;
            }
        foreach (var claim in card.Card.Claims.Where(c => c.Topic == ClaimTopic.Ownership))
            if (FromTag(claim) is { } tagged) yield return Mention(card, tagged, claim.Quote ?? claim.Value, true);
    }

    private static ProjectName? Resolve(ProjectName project, ProjectName? last)
    {
        if (!project.IsBare) return project;
        if (last is null || !(project.HasGenericHead || project.Head == last.Head || last.Modifiers.Contains(project.Head))) return null;
        return last with { Start = project.Start, End = project.End };
    }

    private static OwnershipClaim? FromTag(Claim claim)
    {
        var level = claim.Value.ToLowerInvariant() switch
        {
            "team" or "we" => OwnershipLevel.Team,
            "tech_lead" or "lead" => OwnershipLevel.Led,
            "owned_end_to_end" or "end_to_end" or "sole_owner" => OwnershipLevel.Owned,
            var other => OwnershipCues.LevelOf(other.Replace('_', ' ')),
        };
        var subject = (claim.Subject ?? "").ToLowerInvariant();
        var project = ProjectNames.In(subject).LastOrDefault(p => !p.IsBare) ?? FromWords(subject);
        return level is null || project is null ? null : new OwnershipClaim(project, level.Value);
    }

    // A subject without a head noun ("notifications") still names a project.
    private static ProjectName? FromWords(string subject)
    {
        var words = subject.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(ProjectWords.Singular).ToArray();
        return words.Length == 0 ? null : new ProjectName(words, "project", 0, subject.Length);
    }

    private static Mention<OwnershipClaim> Mention(SubmittedCard card, OwnershipClaim claim, string quote, bool tagged) =>
        new(card, claim.Project.Label, claim, claim.Level switch
        {
            OwnershipLevel.Team => "\"we\" (own part unstated)",
            OwnershipLevel.Contributed => "contributed",
            OwnershipLevel.Led => "led",
            _ => "owned end to end",
        }, Quotes.Text(quote), tagged);

    [GeneratedRegex(@"\b(?:it|that|this one)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
