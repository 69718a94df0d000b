using InterviewLoop.Domain;

namespace InterviewLoop.Persistence.Users;

/// <summary>Checks a <see cref="UserRecord"/> before it is stored, naming the field at fault.</summary>
internal static class UserValidation
{
    public static void Validate(UserRecord user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Ids.IsValid(user.Id)) Fail("user.id", $"'{user.Id}' is not an id (1..{Ids.MaxLength} letters, digits, '-', '_', '.')");
        if (string.IsNullOrWhiteSpace(user.Username) || user.Username.Trim().Any(char.IsWhiteSpace))
            Fail("user.username", $"'{user.Username}' must be non-empty and without spaces");
        if (string.IsNullOrWhiteSpace(user.DisplayName)) Fail("user.displayName", "must not be empty");
        if (string.IsNullOrWhiteSpace(user.PasswordHash)) Fail("user.passwordHash", "must not be empty");
        for (var i = 0; i < user.Roles.Count; i++)
        {
            var role = user.Roles[i];
            if (string.IsNullOrWhiteSpace(role) || role.Contains(',', StringComparison.Ordinal) || role.Trim() != role)
                Fail($"user.roles[{i}]", $"'{role}' is not a role name (non-empty, no commas or surrounding spaces)");
        }
    }

    private static void Fail(string field, string problem) =>
        throw new ArgumentException($"{field}: {problem}", field);
}
