using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Reasons;

/// <summary>
/// Word lists for the reasons a candidate gives for moving, on lower-cased text. The first five are
/// seed 000's transition situations (limited scope, manager or org change, layoff, compensation,
/// burnout); location and company instability are the other reasons loops commonly record.
/// Paraphrases share a category on purpose: "reorg", "restructuring" and "new leadership" are all
/// an organisation change, so retelling the same reason in other words never flags.
/// </summary>
internal static partial class ReasonPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?:limited scope|passed over for (?:a )?promotion|no (?:path|way) to (?:senior|staff|promotion|the next level)|promotion (?:was )?(?:denied|blocked|stalled)|(?:can't|cannot|couldn't) get promoted|scope (?:is|was|has been|felt) (?:limited|capped|narrow|small)|narrow scope|no room to grow|little room to grow|(?:hit|reached|hitting) (?:a|the) (?:ceiling|plateau|limit)|plateau\w*|natural boundary|outgr[eo]w\w*|stagnat\w*|no (?:growth|path to promotion|promotion path|clear path up)|not growing|stopped growing|career growth|bigger scope|broader (?:scope|ownership|service ownership|remit)|larger scope|wider scope|more scope|more ownership|bigger problems|(?:same|smaller) problems (?:again|over and over)|done (?:everything|all) (?:he|she|they|i) can)\b", Options)]
    internal static partial Regex LimitedScope();

    [GeneratedRegex(@"\b(?:re-?orgs?|re-?organi[sz]\w*|restructur\w*|new (?:manager|leadership|vp|director|cto|ceo|boss|management|head of engineering)|(?:manager|boss|director|skip-level|vp) (?:left|quit|departed|changed|was replaced|moved on)|(?:changed|lost|losing) (?:his|her|their|my|a) (?:manager|boss)|(?:manager|leadership|management) (?:change|changes|turnover|churn)|operating model|merged (?:into|with)|(?:team|group|org) (?:was |got )?(?:merged|dissolved|split up|disbanded)|acqui(?:red|sition)|chang\w* (?:of )?direction|pivot\w*|role (?:has )?(?:shifted|changed|drifted|became|turned)|shifted (?:to|toward|towards|into) (?:coordinat|project manag|program manag|process)\w*|mostly coordinat\w*|coordination[- ]heavy|into coordination)\b", Options)]
    internal static partial Regex OrgChange();

    [GeneratedRegex(@"\b(?:laid off|lay-?offs?|let go|(?:position|role|job|team) (?:was |got )?(?:eliminated|cut|axed)|eliminat\w+ (?:the |his |her |their |my )?(?:whole |entire )?(?:[\w-]+ )?(?:team|role|position|job|org)|(?:role|job|position) was affected by|made redundant|redundanc\w*|downsiz\w*|riffed|reduction in force|severance|headcount (?:cuts?|reductions?)|job cuts)\b", Options)]
    internal static partial Regex Layoff();

    [GeneratedRegex(@"\b(?:compensation|comp|pay|paid|salary|salaries|money|raises?|underpaid|under-paid|equity|stock|rsus?|bonus(?:es)?|financial\w*|earn(?:ing)? more|(?:better|outside|competing|higher) offer|counter-?offer|total rewards|cost of living)\b", Options)]
    internal static partial Regex Compensation();

    [GeneratedRegex(@"\b(?:burn(?:ed|t)?[- ]?out|burning out|exhaust\w*|on-?call (?:load|burden|fatigue)|pager fatigue|unsustainabl\w*|not sustainable|work[-/ ]life|healthier|sustainable (?:pace|delivery|hours)|stress\w*|overwork\w*|long hours|(?:too many|constant) (?:pages|incidents|fires|late nights)|firefighting|fire-fighting|running on empty|worn (?:out|down))\b", Options)]
    internal static partial Regex Burnout();

    [GeneratedRegex(@"\b(?:relocat\w*|moving (?:to|back to|cities|countries|abroad)|closer to (?:family|home)|family reasons|visa|immigration|commute|return[- ]to[- ]office|back (?:in|to) the office|office mandate|rto|fully remote|remote[- ](?:work|role|only|first)|work remotely)\b", Options)]
    internal static partial Regex Location();

    [GeneratedRegex(@"\b(?:runway|funding|going under|shut(?:ting)? down|wind(?:ing)? down|bankrupt\w*|financial trouble|uncertain future|cash (?:problems|crunch)|company is struggling|startup (?:is )?(?:struggling|failing))\b", Options)]
    internal static partial Regex Instability();

    // The sentence is about leaving or looking: without such a word, a reason word is not a reason.
    // Connectives alone ("because", "since", "after") are not enough: a technical note says "because
    // retries double-charged customers" or "after the acquisition of our vendor", and reading those as a
    // reason for moving put high-severity narrative flags on candidates who never changed their story.
    [GeneratedRegex(@"\b(?:leav(?:e|es|ing)|left (?:the |his |her |their |my |a )?(?:company|job|role|team|employer|org|organi[sz]ation|startup|firm)|moving on|move on|looking (?:for (?:a |something |another )?(?:new|next|different|role|job|change|move)|to (?:move|leave|change|join|switch)|around)|job[- ]?(?:search|hunt)\w*|on the (?:job )?market|search\w* for (?:a |another )?(?:new )?(?:role|job|position)|reasons? (?:for|behind) (?:leaving|moving|the move|looking|the change|the switch|changing)|why (?:(?:he|she|they|i)(?: is| are| am| was| were|'s|'re|'m)? )?(?:leaving|looking|moving|left|wants? (?:out|to leave|to move))|(?:leaving|looking|moving) (?:because|due to|since|after|over)|(?:his|her|their|my) reasons?(?=:)|main reason|motivation (?:for|behind) (?:leaving|moving|the move|looking|the change|the switch|changing)|quit\w*|resign\w*|departure|departing|(?:change|switch) (?:jobs|companies|employers)|new (?:job|role|company|employer|opportunit\w*)|next (?:role|job|step|chapter|move)|wants? out|open to (?:new|other) (?:roles|opportunit\w*)|(?:ready|time) to (?:go|leave|move on))\b", Options)]
    internal static partial Regex MoveCue();

    // A reason said not to be one: "not about the money", "pay is fine", "rather than compensation".
    // The second form reaches past the 15 characters for "not leaving because of money", "isn't moving for the pay".
    [GeneratedRegex(@"(?:\b(?:not|never|no longer|nothing to do with|rather than|instead of|less about|neither|nor|other than|aside from|apart from)|n't)\b[^,.]{0,15}$|(?:\b(?:not|never)|n't)\s+(?:\w+\s+){0,2}?(?:leaving|looking|moving|going|leave|move|here)\s+(?:because of|for|over|due to|about)\s+(?:the\s+|a\s+|his\s+|her\s+|their\s+)?$", Options)]
    internal static partial Regex NegatedBefore();

    [GeneratedRegex(@"^[^,.]{0,12}?(?:\b(?:is|was|are|were|has been)\s+(?:not|never)\b|n't\b)|^[^,.]{0,12}?\b(?:is|was|are|were|has been) (?:fine|good|great|competitive|okay|ok|fair|not an issue|a non-issue)\b|^\s*(?:wasn't|isn't|was not|is not|played no)\b", Options)]
    internal static partial Regex NegatedAfter();
}
