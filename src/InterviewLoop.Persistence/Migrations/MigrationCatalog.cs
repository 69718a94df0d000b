using System.Globalization;
using System.Reflection;

namespace InterviewLoop.Persistence.Migrations;

/// <summary>Reads the migrations embedded in the Persistence assembly for one dialect.</summary>
public static class MigrationCatalog
{
    /// <summary>
    /// The migrations below <paramref name="resourcePrefix"/> (e.g. <c>db/sqlite/</c>) ordered by id.
    /// Throws <see cref="InvalidOperationException"/> naming the resource when a name does not start
    /// with a number or two migrations share a number.
    /// </summary>
    public static IReadOnlyList<Migration> Load(string resourcePrefix)
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(resourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Read(assembly, n, n[resourcePrefix.Length..]))
            .OrderBy(m => m.Id)
            .ToArray();
        var duplicate = migrations.GroupBy(m => m.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new InvalidOperationException($"{resourcePrefix}: migrations {string.Join(" and ", duplicate.Select(m => m.Name))} share number {duplicate.Key}");
        return migrations;
    }

    private static Migration Read(Assembly assembly, string resource, string name)
    {
        var digits = name.TakeWhile(char.IsAsciiDigit).Count();
        if (digits == 0 || !int.TryParse(name.AsSpan(0, digits), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            throw new InvalidOperationException($"{resource}: a migration's name must start with its number (NNNN_verb_object.sql)");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(id, name, reader.ReadToEnd());
    }
}
