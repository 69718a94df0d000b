using System.Net;
using InterviewLoop.Domain.Levels;
using InterviewLoop.Packets;
using InterviewLoop.Server.Pages;

namespace InterviewLoop.Server.Debrief;

/// <summary>
/// Adds a form for recording the hiring committee's decision to the committee's debrief page (never to the
/// PDF, whose decision section stays a paper form until a decision exists). It sits right after the packet's
/// decision section, is shown only while no decision is recorded, and posts to
/// <c>POST /api/loops/{loopId}/decision</c> through <c>/js/debrief-decision.js</c>, which reloads the page on
/// success so the recorded decision appears in the packet itself, and shows a refusal next to the field it names.
/// </summary>
internal static class DecisionForm
{
    private const string SectionEnd = "</section>";

    /// <summary><paramref name="html"/> with the form after its decision section, or unchanged when the loop is decided.</summary>
    public static string Into(string html, SealedPacket packet)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(packet);
        if (packet.Model.Decision is not null) return html;
        var section = html.IndexOf("<section class=\"decision\">", StringComparison.Ordinal);
        var end = section < 0 ? -1 : html.IndexOf(SectionEnd, section, StringComparison.Ordinal);
        var block = Block(packet.Model.LoopId, packet.Model.Cover.TargetLevel);
        return end < 0 ? PageHtml.BeforeBodyEnd(html, block) : html.Insert(end + SectionEnd.Length, block);
    }

    // Thumb-sized choices and buttons on a phone, and a visible focus ring for keyboard users.
    private const string Style = """
        .decision-form fieldset label { display: inline-flex; align-items: center; gap: .35rem; min-height: 44px; margin-right: .8rem; }
        .decision-form input[type=radio] { width: 1.2rem; height: 1.2rem; margin: 0; }
        .decision-form select, .decision-form button { min-height: 44px; font: inherit; padding: 0 .8rem; }
        .decision-form :focus-visible { outline: 3px solid #1f4fbf; outline-offset: 2px; }
        """;

    private static string Block(string loopId, string targetLevel)
    {
        var levels = string.Concat(Enumerable.Range(Level.MinRank, Level.MaxRank).Select(rank => Level.FromRank(rank).ToString()).Select(l =>
            $"<option value=\"{l}\"{(l == targetLevel ? " selected" : "")}>{l}</option>"));
        return $"""
            <style>{Style}</style>
            <form id="decision-form" class="decision-form" data-loop="{WebUtility.HtmlEncode(loopId)}" novalidate
              style="margin:1rem 0;padding:1rem;border:1px solid #9bb7d4;border-radius:6px;background:#f4f8fc;font:14px/1.5 system-ui,sans-serif">
              <h3 style="margin-top:0">Record the committee's decision</h3>
              <fieldset name="decision" style="border:0;padding:0;margin:0 0 .5rem">
                <legend>Decision</legend>
                <label><input type="radio" name="decision" value="hire"> Hire</label>
                <label>at <select name="level" aria-label="Level to hire at">{levels}</select></label>
                <label><input type="radio" name="decision" value="no_hire"> No hire</label>
                <label><input type="radio" name="decision" value="hold"> Hold</label>
              </fieldset>
              <label for="decision-rationale">Rationale (what the committee weighed; required)</label>
              <textarea id="decision-rationale" name="rationale" rows="5" maxlength="20000" style="display:block;width:100%"></textarea>
              <p id="decision-error" role="alert" hidden style="color:#a11"></p>
              <button type="submit">Record decision</button>
              <small>Recorded once, with your name and the time; it then appears in the packet and its PDF.</small>
            </form>
            <script type="module" src="/js/debrief-decision.js"></script>
            """;
    }
}
