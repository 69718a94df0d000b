namespace InterviewLoop.Persistence.Users;

/// <summary>One <c>users</c> row as read; properties match the SQL aliases.</summary>
internal sealed record UserRow
{
    public string Id { get; init; } = "";

    public string Username { get; init; } = "";

    public string DisplayName { get; init; } = "";

    public string PasswordHash { get; init; } = "";

    public string Roles { get; init; } = "";

    // 0 or 1 in both databases (db/*/0005_add_users_active.sql), which both hand over as a long.
    public long Active { get; init; } = 1;

    public UserRecord ToRecord() =>
        new(Id, Username, DisplayName, PasswordHash, Roles.Split(',', StringSplitOptions.RemoveEmptyEntries), Active != 0);
}
