namespace InterviewLoop.Domain.Levels;

/// <summary>Seed 001's level map, rewritten in our words; L7-L8 extend L6 with seed 002's signals.</summary>
internal static class DefaultLevels
{
    internal static IEnumerable<LevelDescriptor> All =>
    [
        Junior(1, "Junior engineer I"),
        Junior(2, "Junior engineer II"),
        new(Level.FromRank(3), LevelBand.Mid, "Mid-level engineer",
            "A feature or a small project", "Picks the approach; still needs help choosing direction",
            "The team's codebase", "Applies known patterns correctly", "Loosely specified features",
            "A feature stops working"),
        new(Level.FromRank(4), LevelBand.Senior, "Senior engineer",
            "A whole service or system, end to end", "Self-directed and sets direction for others on the work",
            "The team and its neighbouring teams", "Chooses and adapts patterns to the problem",
            "Ambiguous problems broken down into plans", "A service outage"),
        new(Level.FromRank(5), LevelBand.Staff, "Staff engineer",
            "Several systems across teams", "Sets the technical direction of a domain",
            "The engineering organisation", "Creates patterns other teams adopt",
            "Problem spaces nobody has defined yet", "Architectural debt that spans teams"),
        Principal(6, "Principal engineer", "Company-wide technical strategy"),
        Principal(7, "Senior principal engineer", "Strategy across several organisations; repairs how the organisation decides"),
        Principal(8, "Distinguished engineer", "Industry-level direction; raises the bar beyond the company"),
    ];

    private static LevelDescriptor Junior(int rank, string title) =>
        new(Level.FromRank(rank), LevelBand.Junior, title,
            "A single task or function", "Needs guidance on the approach", "Their own code",
            "Learning the established patterns", "Well-defined tasks", "A bug in one function");

    private static LevelDescriptor Principal(int rank, string title, string scope) =>
        new(Level.FromRank(rank), LevelBand.Principal, title,
            scope, "Shapes the company's technical strategy", "The whole company",
            "Sets patterns the wider industry follows", "Works before the question itself is known",
            "Strategic misalignment across the company");
}
