namespace InterviewLoop.Persistence.Users;

/// <summary>One <c>users</c> row as read; properties match the SQL aliases.</summary>
internal sealed record UserRow
{
    public string Id { get; init; } = "";

    public string Username { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public string Roles { get; init; } = "";

    public UserRecord ToRecord() =>
        new(Id, Username, DisplayName, PasswordHash, Roles.Split(',', StringSplitOptions.RemoveEmptyEntries));
}
