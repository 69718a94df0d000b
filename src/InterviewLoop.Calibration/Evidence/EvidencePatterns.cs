using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// The word lists behind <see cref="EvidenceQuality"/>, one pattern per <see cref="EvidenceMarker"/>.
/// Words are chosen to be specific: "team" alone (team player) or "impact" alone (huge impact) are
/// left out on purpose, because praise uses them as often as evidence does.
/// </summary>
internal static partial class EvidencePatterns
{
    private const RegexOptions Words = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Includes seed 000's transition situations (reorg, layoff, compensation, burnout): the facts a
    // reason for moving rests on.
    [GeneratedRegex(@"\b(?:problem|goal|constraints?|ambigu\w*|requirements?|reframed|compliance|retention|deadline|re-?org\w*|restructur\w*|layoffs?|laid off|acquisition|acquired|compensation|salary|raises?|offer|burn-?out|new manager)\b", Words)]
    internal static partial Regex Problem();

    [GeneratedRegex(@"\b(?:teams|stakeholders?|customers?|users|support|finance|security|legal|cross-team|operators?|vendors?|providers?|ops|operations|sales|marketing|product managers?|designers?|partners?|merchants|sellers)\b", Words)]
    internal static partial Regex Scope();

    [GeneratedRegex(@"\b(?:chose|chosen|decided|decision to|picked|rejected|instead of|rather than|in favou?r of|opted|trade-?off (?:was|is|between|of)|traded)\b", Words)]
    internal static partial Regex Decision();

    [GeneratedRegex(@"\b(?:rollbacks?|roll(?:ed)? back|incidents?|outages?|failure modes?|partial \w+|time ?outs?|timed out|idempoten\w*|duplicate\w*|data loss|post-?mortems?|blast radius|replay|circuit breakers?|load shedding|retry budgets?|dead-letter|backpressure|graceful degradation|fallbacks?|risk (?:of|was|that|we)|accepted the risk|audit\w*)\b", Words)]
    internal static partial Regex Risk();

    [GeneratedRegex(@"\b(?:roll-?outs?|rolled out|staged|feature[- ]flags?|shadow[- ]mode|canary|launch(?:ed)?|shipped|migrat\w*|runbooks?|cohorts?|dual[- ]writes?|test matrix|backfill\w*|deployed|phased|kill switch(?:es)?|cutover|switch-over)\b", Words)]
    internal static partial Regex Delivery();

    [GeneratedRegex(@"\b(?:reduced|improved|increased|cut|saved|lift|recover(?:ed|y)|fewer|latency|conversion|downtime|throughput|tickets|churn|revenue)\b", Words)]
    internal static partial Regex Impact();

    [GeneratedRegex(@"\b(?:mentor\w*|paired|pairing|templates?|checklists?|reus\w*|standards|onboarding|design reviews?|documented|playbooks?)\b", Words)]
    internal static partial Regex Leverage();

    [GeneratedRegex(@"\b(?:would (?:do|have|involve|change|start)|differently|lessons?|learned|hindsight|next time|retro\w*)\b", Words)]
    internal static partial Regex Reflection();

    [GeneratedRegex(@"\b\d+(?:[.,]\d+)?|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen)\b", Words)]
    internal static partial Regex Number();

    // A word that is not a determiner or an adjective of praise, then a kind of system.
    [GeneratedRegex(@"\b(?!(?:the|a|an|this|that|these|those|their|his|her|our|its|my|your|any|every|some|new|big|large|complex|whole|entire|overall|many|several|multiple|other|all|both|great|good|strong|solid|scalable|robust|distributed)\b)[a-z][\w-]*[ -](?:workflow|service|pipeline|migration|api|endpoint|queue|platform|database|cache|executor|scheduler|state machine|redesign|backfill|runbook|dashboard|system|integration|engine|library|gateway)s?\b", Words)]
    internal static partial Regex NamedSystem();

    // An action verb after a subject (I, he, she, they, candidate, a capitalised name) or opening a
    // sentence as note shorthand does ("Wrote the design doc"); or "my part was", "personally".
    [GeneratedRegex(@"(?:(?:^|[.;:!?]\s+)|\b(?:I|[Hh]e|[Ss]he|[Tt]hey|[Cc]andidate|[A-Z][a-z]+)\s+(?:(?i:personally|also|then|first|directly)\s+)?)(?i:wrote|designed|chose|decided|built|implemented|owned|owns|proposed|split|defined|migrated|rolled|paired|reviewed|traced|ran|fixed|led|drove|coordinated|measured|added|rejected|debugged|shipped|launched|created|introduced|replaced|automated|instrumented|negotiated|narrowed|reframed|held|moved|cut|reduced|modell?ed|picked|found|removed|set up|turned|waited|relied|deferred|escalated|asked|needed|followed|skipped|ignored|missed|forgot|struggled)\b|(?i:\b(?:my|his|her|their)\s+(?:part|contribution|piece|role)\s+was\b|\bpersonally\b)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    internal static partial Regex Attribution();

    // Tenure: a figure that says how long, not what was done (seed 003).
    [GeneratedRegex(@"\b(?:\d+\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|a few|several|many)\s*(?:years?|yrs)\b(?:\s+of\s+experience)?", Words)]
    internal static partial Regex Tenure();

    // Digits that are the interviewer's own verdict, not evidence: a level (L5) or a rating (4/5).
    [GeneratedRegex(@"\bL[1-8]\b|\b\d\s*/\s*5\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Verdicts();

    [GeneratedRegex(@"\b(?:great|strong|solid|excellent|impressive|impressed|good|amazing|awesome|smart|sharp|passionate|team player|communicator|rock ?star|culture fit|go-to|best practices|scalable|very|huge|knows|familiar with|seems?)\b", Words)]
    internal static partial Regex Praise();

    // Three or more capitalised names in a comma list: a tool list ("Java, Go, Kubernetes").
    [GeneratedRegex(@"\b[A-Z][\w.#+-]*(?:\s*,\s*(?:and\s+)?[A-Z][\w.#+-]*){2,}", RegexOptions.CultureInvariant)]
    internal static partial Regex ToolList();
}
