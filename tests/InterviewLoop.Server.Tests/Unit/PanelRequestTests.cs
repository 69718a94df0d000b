using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Server.Loops;

namespace InterviewLoop.Server.Tests.Unit;

public sealed class PanelRequestTests
{
    private static PanelMemberRequest Member(string? id = "u-21", string? name = "Dana K.", string? role = "lead") => new(id, name, role);

    [Fact]
    public void ToPanel_KeepsOrderAndRoles_DefaultingToLead()
    {
        var panel = new PanelRequest([Member(), Member("u-22", "Lee S.", "shadow"), Member("u-17", "Priya N.", null)]).ToPanel();

        Assert.Equal([PanelRole.Lead, PanelRole.Shadow, PanelRole.Lead], panel.Members.Select(m => m.Role));
        Assert.Equal(["u-21", "u-22", "u-17"], panel.Members.Select(m => m.InterviewerId));
    }

    [Fact]
    public void ToPanel_Empty_NamesMembers()
    {
        Assert.Equal("members", Assert.Throws<DomainException>(() => new PanelRequest([]).ToPanel()).Field);
        Assert.Equal("members", Assert.Throws<DomainException>(() => new PanelRequest(null).ToPanel()).Field);
    }

    [Theory]
    [InlineData(null, "Dana K.", "lead", "members[1].interviewerId")]
    [InlineData("u 21", "Dana K.", "lead", "members[1].interviewerId")]
    [InlineData("u-30", " ", "lead", "members[1].displayName")]
    [InlineData("u-30", "Sam", "observer", "members[1].role")]
    public void ToPanel_WithABadMember_NamesItsField(string? id, string? name, string? role, string field)
    {
        var request = new PanelRequest([Member(), Member(id, name, role)]);

        Assert.Equal(field, Assert.Throws<DomainException>(() => request.ToPanel()).Field);
    }

    [Fact]
    public void ToPanel_WithTheSameInterviewerTwice_NamesPanel()
    {
        Assert.Equal("panel", Assert.Throws<DomainException>(() => new PanelRequest([Member(), Member()]).ToPanel()).Field);
    }
}
