using System.Globalization;
using Dapper;
using InterviewLoop.Domain;
using InterviewLoop.Persistence.Sql;

namespace InterviewLoop.Persistence.Users;

/// <summary>Accounts in the <c>users</c> table. Usernames are unique, case-insensitively.</summary>
public sealed class UserStore
{
    private const string Columns = $"""
        id AS {nameof(UserRow.Id)}, username AS {nameof(UserRow.Username)}, display_name AS {nameof(UserRow.DisplayName)},
        password_hash AS {nameof(UserRow.PasswordHash)}, roles AS {nameof(UserRow.Roles)}, active AS {nameof(UserRow.Active)}
        """;

    private const string ByUsernameSql = $"SELECT {Columns} FROM users WHERE username = @Username;";

    private const string ByIdSql = $"SELECT {Columns} FROM users WHERE id = @Id;";

    private const string ListSql = $"SELECT {Columns} FROM users ORDER BY username;";

    private const string UpsertSql = """
        INSERT INTO users (id, username, display_name, password_hash, roles, active, created_at, updated_at)
        VALUES (@Id, @Username, @DisplayName, @PasswordHash, @Roles, @Active, @Now, @Now)
        ON CONFLICT (id) DO UPDATE SET
            username = excluded.username, display_name = excluded.display_name, password_hash = excluded.password_hash,
            roles = excluded.roles, active = excluded.active, updated_at = excluded.updated_at;
        """;

    private const string InsertSql = """
        INSERT INTO users (id, username, display_name, password_hash, roles, active, created_at, updated_at)
        VALUES (@Id, @Username, @DisplayName, @PasswordHash, @Roles, @Active, @Now, @Now);
        """;

    private readonly Database _database;

    internal UserStore(Database database) => _database = database;

    /// <summary>The user signing in as <paramref name="username"/> (any case; active or not), or <c>null</c>.</summary>
    public Task<UserRecord?> FindByUsernameAsync(string username, CancellationToken ct = default) =>
        FindAsync(ByUsernameSql, new { Username = Normalize(username) }, ct);

    /// <summary>The user with id <paramref name="id"/>, or <c>null</c>.</summary>
    public Task<UserRecord?> FindByIdAsync(string id, CancellationToken ct = default) =>
        FindAsync(ByIdSql, new { Id = id }, ct);

    /// <summary>Every user, deactivated ones included, by username.</summary>
    public Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken ct = default) =>
        _database.ReadAsync<IReadOnlyList<UserRecord>>(async c =>
            (await c.QueryAsync<UserRow>(new CommandDefinition(ListSql, cancellationToken: ct))).Select(r => r.ToRecord()).ToArray(), ct);

    /// <summary>
    /// Creates the user, or replaces every field of the user with the same id (creation time is kept).
    /// Throws <see cref="ArgumentException"/> naming the field for an invalid id, username, display name,
    /// hash or role, and <see cref="DomainException"/> (<c>user.username_taken</c>) when another user has the username.
    /// </summary>
    public async Task UpsertAsync(UserRecord user, CancellationToken ct = default)
    {
        UserValidation.Validate(user);
        var row = Row(user);
        try
        {
            await _database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(UpsertSql, row, t, cancellationToken: ct)), ct);
        }
        catch (Exception e) when (_database.Dialect.IsUniqueViolation(e))
        {
            throw new DomainException("user.username_taken", $"username: '{Normalize(user.Username)}' belongs to another user", "username");
        }
    }

    /// <summary>
    /// Creates a new user; never replaces one. Throws <see cref="ArgumentException"/> as <see cref="UpsertAsync"/> does,
    /// and <see cref="DomainException"/> <c>user.id_taken</c> or <c>user.username_taken</c> when either is in use.
    /// </summary>
    public async Task CreateAsync(UserRecord user, CancellationToken ct = default)
    {
        UserValidation.Validate(user);
        try
        {
            await _database.WriteAsync((c, t) => c.ExecuteAsync(new CommandDefinition(InsertSql, Row(user), t, cancellationToken: ct)), ct);
        }
        catch (Exception e) when (_database.Dialect.IsUniqueViolation(e))
        {
            if (await FindByIdAsync(user.Id, ct) is not null)
                throw new DomainException("user.id_taken", $"id: '{user.Id}' belongs to another user", "id");
            throw new DomainException("user.username_taken", $"username: '{Normalize(user.Username)}' belongs to another user", "username");
        }
    }

    private object Row(UserRecord user) => new
    {
        user.Id, Username = Normalize(user.Username), user.DisplayName, user.PasswordHash,
        Roles = string.Join(',', user.Roles), Active = user.Active ? 1L : 0L, Now = _database.Now(),
    };

    private static string Normalize(string username) => username.Trim().ToLower(CultureInfo.InvariantCulture);

    private Task<UserRecord?> FindAsync(string sql, object parameters, CancellationToken ct) =>
        _database.ReadAsync(async c =>
            (await c.QuerySingleOrDefaultAsync<UserRow>(new CommandDefinition(sql, parameters, cancellationToken: ct)))?.ToRecord(), ct);
}
