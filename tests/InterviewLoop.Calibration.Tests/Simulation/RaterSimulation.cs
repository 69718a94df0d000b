using InterviewLoop.Domain.Levels;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Domain.Rubrics;
using InterviewLoop.Domain.Scoring;

namespace InterviewLoop.Calibration.Tests.Simulation;

/// <summary>
/// Draws a history of loops from <see cref="SimulationSettings"/>: five rounds per loop (recruiter
/// screen, hiring manager and behavioral on career-narrative/v1 with one interviewer; deep dive and
/// system design on senior-evidence/v1 with two), every dimension rated, raters drawn from a pool
/// without repeating within a loop.
/// </summary>
internal static class RaterSimulation
{
    private static readonly (string Id, RoundKind Kind, Rubric Rubric, int Panel)[] Rounds =
    [
        ("r1", RoundKind.RecruiterScreen, CareerNarrativeRubric.V1, 1),
        ("r2", RoundKind.HiringManager, CareerNarrativeRubric.V1, 1),
        ("r3", RoundKind.ProjectDeepDive, SeniorEvidenceRubric.V1, 2),
        ("r4", RoundKind.SystemDesign, SeniorEvidenceRubric.V1, 2),
        ("r5", RoundKind.Behavioral, CareerNarrativeRubric.V1, 1),
    ];

    public static SimulatedHistory Generate(SimulationSettings s)
    {
        var g = new Gaussian(s.Seed);
        var dimensions = Rounds.SelectMany(r => r.Rubric.Dimensions.Select(d => d.Id)).Distinct().ToArray();
        var difficulty = dimensions.ToDictionary(d => d, _ => g.Next(s.DifficultySd));
        var raters = Enumerable.Range(1, s.Raters).Select(i => $"u-{1000 + i}").ToArray();
        var severity = raters.ToDictionary(r => r, _ => g.Next(s.SeveritySd));
        var halo = raters.Where((_, i) => i < s.Raters * s.HaloShare).ToHashSet();
        var truth = new Dictionary<(string, string, string, string), double>();
        var loops = new List<LoopSnapshot>(s.Loops);
        for (var n = 0; n < s.Loops; n++)
        {
            var ability = g.Next(s.AbilitySd);
            var trueRating = dimensions.ToDictionary(d => d, d => 3 + ability + difficulty[d] + g.Next(s.CandidateDimensionSd));
            var draw = new LoopDraw(g, s, raters, severity, halo, trueRating);
            loops.Add(draw.Loop($"sim-{n:D5}", n % s.ExtraPanelistEvery == 0, truth));
        }
        return new SimulatedHistory(loops, truth, severity, halo);
    }

    private sealed class LoopDraw(Gaussian g, SimulationSettings s, string[] raters, Dictionary<string, double> severity,
        HashSet<string> halo, Dictionary<string, double> trueRating)
    {
        private readonly HashSet<string> _used = [];

        public LoopSnapshot Loop(string id, bool extraPanelist, Dictionary<(string, string, string, string), double> truth)
        {
            var rounds = Rounds.Select(r => Round(id, r.Id, r.Kind, r.Rubric, r.Panel + (extraPanelist && r.Id == "r3" ? 1 : 0), truth)).ToArray();
            return new LoopSnapshot(id, new Candidate($"cand-{id}", $"Candidate {id}"), new Role("Backend Engineer", Track.Ic, Level.FromRank(4)), rounds);
        }

        private RoundSnapshot Round(string loop, string round, RoundKind kind, Rubric rubric, int panel, Dictionary<(string, string, string, string), double> truth)
        {
            var cards = Enumerable.Range(0, panel).Select(_ => Card(loop, round, rubric, NextRater(), truth)).ToArray();
            var members = cards.Select(c => new PanelMember(c.InterviewerId, c.InterviewerName, PanelRole.Lead)).ToArray();
            return new RoundSnapshot(new RoundPlan(round, kind, rubric.Id, null, 45, new Panel(members)), cards);
        }

        private Scorecard Card(string loop, string round, Rubric rubric, string rater, Dictionary<(string, string, string, string), double> truth)
        {
            var dims = rubric.Dimensions.Select(d => d.Id).ToArray();
            var impression = dims.Average(d => trueRating[d]) + g.Next(s.NoiseSd);
            var ratings = dims.ToDictionary(d => d, d =>
            {
                truth[(loop, round, rater, d)] = trueRating[d];
                var seen = halo.Contains(rater) ? impression + g.Next(0.2) : trueRating[d] + g.Next(s.NoiseSd);
                return (int)Math.Clamp(Math.Round(seen - severity[rater], MidpointRounding.AwayFromZero), Rating.Min, Rating.Max);
            });
            return new Scorecard(rater, rater, ratings, [], Recommendation.Mixed, null, "", [], DateTimeOffset.UnixEpoch);
        }

        private string NextRater()
        {
            string rater;
            do rater = raters[g.Pick(raters.Length)];
            while (!_used.Add(rater));
            return rater;
        }
    }
}
