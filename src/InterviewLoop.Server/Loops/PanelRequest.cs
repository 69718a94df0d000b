using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;

namespace InterviewLoop.Server.Loops;

/// <summary>One member in <see cref="PanelRequest"/>.</summary>
/// <param name="InterviewerId">User id, e.g. <c>u-21</c>.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Role"><c>lead</c> (default) or <c>shadow</c>.</param>
public sealed record PanelMemberRequest(string? InterviewerId, string? DisplayName, string? Role);

/// <summary>Body of <c>PUT /api/loops/{loopId}/rounds/{roundId}/panel</c>: the whole new panel.</summary>
/// <param name="Members">At least one member; each interviewer once.</param>
public sealed record PanelRequest(IReadOnlyList<PanelMemberRequest>? Members)
{
    /// <summary>The panel; throws <see cref="DomainException"/> naming the member field at fault (e.g. <c>members[1].role</c>).</summary>
    public Panel ToPanel()
    {
        if (Members is not { Count: > 0 })
            throw new DomainException("panel.empty", "members: a panel needs at least one interviewer", "members");
        return new Panel(Members.Select((m, i) => ToMember(m, $"members[{i}]")).ToArray());
    }

    private static PanelMember ToMember(PanelMemberRequest member, string path)
    {
        var id = Ids.Require(member.InterviewerId, $"{path}.interviewerId");
        if (string.IsNullOrWhiteSpace(member.DisplayName))
            throw new DomainException("panel.display_name", $"{path}.displayName: must not be empty", $"{path}.displayName");
        var role = PanelRole.Lead;
        if (member.Role is not null && !WireNames.TryParse(member.Role, out role))
            throw new DomainException("panel.role", $"{path}.role: '{member.Role}' is not one of lead, shadow", $"{path}.role");
        return new PanelMember(id, member.DisplayName.Trim(), role);
    }
}
