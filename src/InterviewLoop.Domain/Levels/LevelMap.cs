namespace InterviewLoop.Domain.Levels;

/// <summary>
/// An organisation's leveling: one <see cref="LevelDescriptor"/> per level L1..L8. Leveling is
/// configurable because a level's meaning shifts with company stage (seed 001); <see cref="Default"/>
/// is seed 001's map, with L7 and L8 from seed 002's principal-and-above signals.
/// </summary>
public sealed class LevelMap
{
    private readonly Dictionary<Level, LevelDescriptor> _levels;

    /// <summary>Creates a map; throws <see cref="DomainException"/> unless it describes each of L1..L8 exactly once.</summary>
    public LevelMap(string id, IEnumerable<LevelDescriptor> levels)
    {
        Id = id;
        _levels = levels.ToDictionary(l => l.Level);
        if (_levels.Count != Level.MaxRank)
            throw new DomainException("level_map.incomplete", $"level map '{id}' must describe each of L1..L8 once");
    }

    /// <summary>The map's id, e.g. <c>default/v1</c>.</summary>
    public string Id { get; }

    /// <summary>The levels in rank order.</summary>
    public IEnumerable<LevelDescriptor> Levels => _levels.Values.OrderBy(l => l.Level);

    /// <summary>The descriptor of <paramref name="level"/>.</summary>
    public LevelDescriptor Describe(Level level) => _levels[level];

    /// <summary>Seed 001's level map (the default for every organisation).</summary>
    public static LevelMap Default { get; } = new("default/v1", DefaultLevels.All);
}
