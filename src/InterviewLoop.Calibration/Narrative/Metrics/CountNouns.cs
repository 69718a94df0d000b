using System.Text.RegularExpressions;

namespace InterviewLoop.Calibration.Narrative.Metrics;

/// <summary>
/// What a plain count counts, from the noun after it: people (a team size only with team or lead
/// words nearby, else what was done to them: hired, mentored), users, business customers, or a
/// countable thing (services, incidents), with a rate ("per day") when one follows.
/// </summary>
internal static partial class CountNouns
{
    public static string? Concept(string clause, int start, int end)
    {
        var after = clause[end..];
        var noun = Noun().Match(after);
        if (TeamOf().IsMatch(clause[..start]) || PersonTeam().IsMatch(after)) return "team size";
        if (!noun.Success) return null;
        var word = noun.Groups["noun"].Value switch { "rps" => "requests", "qps" => "queries", var w => w };
        var rate = noun.Groups["noun"].Value is "rps" or "qps" ? " per second"
            : Rate().Match(after[(noun.Index + noun.Length)..]) is { Success: true } r ? $" per {Period(r.Groups["per"].Value)}" : "";
        if (noun.Groups["people"].Success) return PeopleConcept(clause);
        if (noun.Groups["users"].Success) return $"{noun.Groups["q"].Value}users{rate}".Trim();
        if (noun.Groups["business"].Success) return $"business customers{rate}";
        return word + rate;
    }

    private static string Period(string word) => word switch
    {
        "sec" or "s" => "second",
        "min" => "minute",
        "daily" => "day",
        "weekly" => "week",
        "monthly" => "month",
        var w => w,
    };

    private static string PeopleConcept(string clause)
    {
        if (PeopleVerb().Match(clause) is { Success: true } verb) return $"engineers {verb.Value}";
        if (OrgWords().IsMatch(clause)) return "engineering org size";
        return TeamWords().IsMatch(clause) ? "team size" : "people involved";
    }

    [GeneratedRegex(@"^\s*(?:(?:enterprise|paying|active|internal|external|new|b2b|b2c|unique|registered|production|backend|core|senior|junior|full-time)\s+)?(?:(?<q>(?:daily|monthly|weekly)?\s*(?:active|paying)?\s*)(?<users>users|customers|subscribers|accounts|players|patients|students|daus?|maus?)|(?<business>merchants|sellers|businesses|stores|restaurants|tenants|clients|brands|partners)|(?<people>engineers|developers|devs|people|reports|direct reports|ics|folks|staff|sres|designers|pms|contractors|team members|members)|(?<noun>services|microservices|teams|incidents|pages|tickets|deploys|deployments|releases|repos|repositories|tables|endpoints|countries|regions|markets|languages|integrations|clusters|nodes|servers|databases|shards|queues|dashboards|alerts|bugs|tests|pipelines|apps|requests|rps|qps|events|messages|transactions|orders|payments|emails|notifications|jobs|calls|queries|rows|records|stores|squads))\b", RegexOptions.CultureInvariant)]
    private static partial Regex Noun();

    [GeneratedRegex(@"^\s*(?:per|a|/|every|each)\s*(?<per>second|sec|s|minute|min|hour|day|week|month|year)\b|^\s*(?<per>daily|weekly|monthly)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rate();

    [GeneratedRegex(@"\bteam of\s*(?:about|around|roughly|~)?\s*$|\bteam (?:is|was|had|has|grew to|of about)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TeamOf();

    [GeneratedRegex(@"^-?\s?(?:person|people|engineer|strong)\s+(?:team|squad|group)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonTeam();

    [GeneratedRegex(@"\b(?:hired|mentored|onboarded|interviewed|trained|coached|promoted)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleVerb();

    // The whole organisation is a different group from the candidate's team.
    [GeneratedRegex(@"\b(?:engineering|eng|tech) (?:org|organi[sz]ation|department|headcount)\b|\b(?:whole|entire) (?:company|org|organi[sz]ation|engineering)\b|\bcompany-wide\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrgWords();

    [GeneratedRegex(@"\b(?:team|teams|squad|manag\w*|lead\w*|led|runs?|ran|coordinat\w*|oversee\w*|oversaw|supervis\w*|reports?|headcount|org)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TeamWords();
}
