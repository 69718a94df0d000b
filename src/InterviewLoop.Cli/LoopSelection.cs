using InterviewLoop.Domain;
using InterviewLoop.Persistence.ReadModels;

namespace InterviewLoop.Cli;

/// <summary>Which loops <c>packets</c> exports: <c>--loops ID,ID</c> or <c>--all</c>, never both.</summary>
/// <param name="LoopIds">The <c>--loops</c> value as given, or <c>null</c>.</param>
/// <param name="All">True for <c>--all</c>.</param>
internal sealed record LoopSelection(string? LoopIds, bool All)
{
    /// <summary>Throws <see cref="BadInputException"/> unless exactly one of the two is given and every id is well-formed.</summary>
    public void Validate()
    {
        if (All == LoopIds is not null) throw new BadInputException("packets: give either --loops ID,ID or --all");
        var bad = Listed().FirstOrDefault(id => !Ids.IsValid(id));
        if (bad is not null) throw new BadInputException($"--loops: '{bad}' is not a loop id (1..{Ids.MaxLength} letters, digits, '-', '_', '.')");
        if (!All && Listed().Length == 0) throw new BadInputException("--loops: no loop id given");
    }

    /// <summary>The loop ids to export, in the order given (or newest first for <c>--all</c>); throws <see cref="BadInputException"/> naming every unknown id and <paramref name="databaseName"/> (<see cref="DatabaseTarget.Name"/>).</summary>
    public async Task<IReadOnlyList<string>> ResolveAsync(LoopQueries loops, string databaseName, CancellationToken ct)
    {
        if (All) return (await loops.ListLoopsAsync(ct)).Select(l => l.LoopId).ToArray();
        var ids = Listed().Distinct(StringComparer.Ordinal).ToArray();
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            if (await loops.FindLoopAsync(id, ct) is null) unknown.Add(id);
        }
        if (unknown.Count > 0)
            throw new BadInputException($"--loops: no loop with id {string.Join(", ", unknown.Select(u => $"'{u}'"))} in {databaseName}; nothing was written");
        return ids;
    }

    private string[] Listed() =>
        (LoopIds ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
