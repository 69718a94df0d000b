using System.Text.RegularExpressions;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Narrative.TargetRole;

/// <summary>
/// Reads what role the candidate wants next from sentences that express a wish ("wants",
/// "looking for", "asked for", "targeting"), clause by clause, skipping clauses about later
/// ambitions ("longer term", "eventually"): track (IC or manager), level and shape (hands-on,
/// strategy, coordination). A negated wish counts the other way: "rather than management" is IC.
/// Also reads <c>target_role</c> claims (<c>senior_ic</c>, <c>staff</c>, <c>manager</c>).
/// </summary>
internal static partial class TargetRoleReader
{
    public static IEnumerable<Mention<TargetClaim>> Read(SubmittedCard card, IReadOnlyList<CardSentence> sentences)
    {
        foreach (var sentence in sentences.Where(s => TargetPatterns.Desire().IsMatch(s.Lower)))
            foreach (var (start, end) in CardText.Clauses(sentence.Lower))
            {
                var clause = sentence.Lower[start..end];
                if (TargetPatterns.Future().IsMatch(clause)) continue;
                foreach (var claim in Attributes(clause).Distinct()) yield return Mention(card, claim, sentence.Text, false);
            }
        foreach (var tag in card.Card.Claims.Where(c => c.Topic == ClaimTopic.TargetRole))
            foreach (var claim in Attributes(tag.Value.Replace('_', ' ').ToLowerInvariant()).Distinct())
                yield return Mention(card, claim, tag.Quote ?? tag.Value, true);
    }

    public static IEnumerable<TargetClaim> Attributes(string clause)
    {
        foreach (Match m in TargetPatterns.Manager().Matches(clause))
            yield return new TargetClaim("track", Negated(clause, m) ? "ic" : "manager");
        foreach (Match m in TargetPatterns.Ic().Matches(clause).Where(m => !Negated(clause, m)))
            yield return new TargetClaim("track", "ic");
        foreach (Match m in TargetPatterns.Level().Matches(clause).Where(m => !Negated(clause, m) && Introduced(clause, m)))
        {
            var band = LevelWords.Band(m.Groups["l"].Success ? m.Value.ToUpperInvariant() : m.Groups["level"].Value);
            yield return new TargetClaim("level", band);
            // Staff and principal are IC titles: asking for one is asking for the IC track.
            if (band is "staff" or "principal" && !m.Groups["l"].Success) yield return new TargetClaim("track", "ic");
        }
        foreach (Match m in TargetPatterns.HandsOn().Matches(clause))
            yield return new TargetClaim("shape", Negated(clause, m) ? "strategy" : "hands-on");
        foreach (Match m in TargetPatterns.Strategy().Matches(clause))
            yield return new TargetClaim("shape", Negated(clause, m) ? "hands-on" : "strategy");
        foreach (Match m in TargetPatterns.Coordination().Matches(clause).Where(m => !Negated(clause, m)))
            yield return new TargetClaim("shape", "coordination");
    }

    private static bool Negated(string clause, Match m) =>
        TargetPatterns.NegatedBefore().IsMatch(clause[..m.Index]) || TargetPatterns.NegatedAfter().IsMatch(clause[(m.Index + m.Length)..]);

    // "a senior role", "as a staff engineer", "into a staff role": a level the candidate would hold,
    // not "mentoring senior engineers"; a claim value ("staff") stands alone.
    private static bool Introduced(string clause, Match m) => m.Index == 0 || Article().IsMatch(clause[..m.Index]);

    private static Mention<TargetClaim> Mention(SubmittedCard card, TargetClaim claim, string quote, bool tagged) =>
        new(card, claim.Attribute, claim, claim.Value, Quotes.Text(quote), tagged);

    [GeneratedRegex(@"\b(?:a|an|as|at|be|into|toward|towards|for|the|to|of|targeting|seeking|pursuing|wants?|wanting)\s+(?:[\w-]+\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
