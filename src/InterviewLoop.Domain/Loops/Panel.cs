namespace InterviewLoop.Domain.Loops;

/// <summary>A panel member's part in a round; wire names <c>lead</c> and <c>shadow</c>.</summary>
public enum PanelRole
{
    /// <summary>Runs the round and scores it.</summary>
    Lead,

    /// <summary>Attends and scores independently, usually while being trained.</summary>
    Shadow,
}

/// <summary>One interviewer on a round's panel.</summary>
/// <param name="InterviewerId">User id (e.g. <c>u-17</c>).</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Role">Lead or shadow.</param>
public sealed record PanelMember(string InterviewerId, string DisplayName, PanelRole Role);

/// <summary>
/// The interviewers of one round. Only panel members may score the round. A member appears once.
/// </summary>
public sealed record Panel
{
    /// <summary>Creates a panel; throws <see cref="DomainException"/> (<c>panel.duplicate_member</c>) when an interviewer appears twice.</summary>
    public Panel(IReadOnlyList<PanelMember> members)
    {
        var duplicate = members.GroupBy(m => m.InterviewerId).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new DomainException("panel.duplicate_member", $"panel: interviewer '{duplicate.Key}' appears more than once", "panel");
        Members = members;
    }

    /// <summary>An empty panel.</summary>
    public static Panel Empty { get; } = new([]);

    /// <summary>Members in the order assigned.</summary>
    public IReadOnlyList<PanelMember> Members { get; }

    /// <summary>True when <paramref name="interviewerId"/> is on the panel.</summary>
    public bool Contains(string interviewerId) => Members.Any(m => m.InterviewerId == interviewerId);

    /// <summary>The member with <paramref name="interviewerId"/>, or <c>null</c>.</summary>
    public PanelMember? Find(string interviewerId) => Members.FirstOrDefault(m => m.InterviewerId == interviewerId);

    /// <inheritdoc />
    public bool Equals(Panel? other) => other is not null && Members.SequenceEqual(other.Members);

    /// <inheritdoc />
    public override int GetHashCode() => Members.Count;
}
