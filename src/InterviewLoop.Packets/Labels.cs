using System.Globalization;
using InterviewLoop.Domain.Rubrics;

namespace InterviewLoop.Packets;

/// <summary>Turns wire names and ids into the words a hiring committee reads.</summary>
internal static class Labels
{
    /// <summary>"strong_yes" → "Strong yes"; "project_deep_dive" → "Project deep dive".</summary>
    public static string Humanize(string wire)
    {
        var words = wire.Replace('_', ' ');
        return words.Length == 0 ? words : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }

    /// <summary>The dimension's name in <paramref name="rubricId"/>, else in any built-in rubric, else the id made readable.</summary>
    public static string DimensionName(string dimensionId, string? rubricId = null)
    {
        if (rubricId is not null && RubricCatalog.TryGet(rubricId, out var rubric))
        {
            var own = rubric.Dimensions.FirstOrDefault(d => d.Id == dimensionId);
            if (own is not null) return own.Name;
        }
        var any = RubricCatalog.All.SelectMany(r => r.Dimensions).FirstOrDefault(d => d.Id == dimensionId);
        return any?.Name ?? Humanize(dimensionId);
    }

    /// <summary>"Senior evidence (senior-evidence/v1)", or just the id for an organisation's own rubric.</summary>
    public static string RubricName(string rubricId) =>
        RubricCatalog.TryGet(rubricId, out var rubric) ? $"{rubric.Name} ({rubricId})" : rubricId;
}
