using System.Text;
using InterviewLoop.Packets.Model;
using static InterviewLoop.Packets.Html;

namespace InterviewLoop.Packets.Components;

/// <summary>The committee's decision and rationale, or an empty form for the committee to fill in.</summary>
internal static class DecisionComponent
{
    public static void Compose(StringBuilder html, PacketDecision? decision)
    {
        html.Append("<section class=\"decision\"><h2>Hiring committee decision</h2>\n");
        if (decision is null) ComposeBlank(html);
        else
        {
            var level = decision.Level is null ? "" : $" at {E(decision.Level)}";
            html.Append($"""
                <dl class="facts"><dt>Decision</dt><dd>{E(decision.Outcome)}{level}</dd>
                <dt>Recorded by</dt><dd>{E(decision.DecidedBy)}, {Time(decision.At)}</dd></dl>
                <h4>Rationale</h4><p class="rationale">{E(decision.Rationale)}</p>

                """);
        }
        html.Append("</section>\n");
    }

    private static void ComposeBlank(StringBuilder html) =>
        html.Append("""
            <p><strong>No decision recorded.</strong> The evidence above informs the decision; it does not make it.</p>
            <div class="choices"><span>☐ Hire at level <span class="line"></span></span><span>☐ No hire</span><span>☐ Hold</span></div>
            <h4>Rationale</h4><div class="blank"></div>
            <p>Recorded by <span class="line"></span> on <span class="line"></span></p>

            """);
}
