namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// Builds paths in the contract's form (<c>loop.rounds[2].ratings.scope</c>): no leading <c>$.</c>,
/// indices in brackets, and a name that is not a plain identifier quoted in brackets (<c>ratings["a.b"]</c>).
/// </summary>
internal static class JsonPath
{
    /// <summary>The path of the document root.</summary>
    public const string Root = "$";

    public static string Property(string parent, string name)
    {
        if (!IsPlain(name))
            return $"{parent}[\"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
        return parent == Root ? name : $"{parent}.{name}";
    }

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    private static bool IsPlain(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
