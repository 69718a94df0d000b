namespace InterviewLoop.Calibration.Narrative.TargetRole;

/// <summary>One attribute of the role the candidate says they want next.</summary>
/// <param name="Attribute"><c>track</c> (ic, manager), <c>level</c> (junior..distinguished or L1..L8) or <c>shape</c> (hands-on, strategy, coordination).</param>
/// <param name="Value">The attribute's value as shown (e.g. <c>staff</c>, <c>hands-on</c>).</param>
internal sealed record TargetClaim(string Attribute, string Value);
