namespace InterviewLoop.Calibration.Evidence;

/// <summary>
/// Judges whether an evidence note is concrete, following seed 003: evidence is the problem, scope,
/// decision, risk, delivery, impact, leverage and reflection, with precise attribution; tenure
/// ("8 years of experience"), tool lists and praise ("great", "solid communicator") are not.
/// A lexical heuristic, deterministic and culture-invariant, tuned for English notes: it can be
/// fooled by a note that names a system without saying anything about it, and it misses evidence
/// phrased in words it does not know. Used by calibration and by the scoring page's hints.
/// </summary>
public static class EvidenceQuality
{
    /// <summary>Weak (evidence-stack) markers needed for a note without a strong marker to be concrete.</summary>
    public const int WeakMarkersNeeded = 2;

    /// <summary>Assesses <paramref name="text"/>; <c>null</c> or blank text is not concrete.</summary>
    public static EvidenceAssessment Assess(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return new EvidenceAssessment(false, [], []);
        var vague = EvidenceLexicon.VaguePhrases(text);
        var markers = EvidenceLexicon.Markers(EvidenceLexicon.StripNonEvidenceNumbers(text));
        var concrete = markers.Any(IsStrong) || markers.Count(m => !IsStrong(m)) >= WeakMarkersNeeded;
        return new EvidenceAssessment(concrete, markers, vague);
    }

    /// <summary>
    /// Same answer as <see cref="Assess"/>(<paramref name="text"/>).<see cref="EvidenceAssessment.IsConcrete"/>, but stops at
    /// the first strong marker or the second weak one and skips the vague phrases: calibration asks this for
    /// every extreme rating of every scorecard, and most concrete notes show a strong marker early.
    /// </summary>
    public static bool IsConcrete(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return false;
        var stripped = EvidenceLexicon.StripNonEvidenceNumbers(text);
        return EvidenceLexicon.HasAny(stripped, IsStrong) || EvidenceLexicon.CountUpTo(stripped, m => !IsStrong(m), WeakMarkersNeeded) >= WeakMarkersNeeded;
    }

    /// <summary>True for <see cref="EvidenceMarker.Number"/>, <see cref="EvidenceMarker.NamedSystem"/> and <see cref="EvidenceMarker.Attribution"/>.</summary>
    public static bool IsStrong(EvidenceMarker marker) =>
        marker is EvidenceMarker.Number or EvidenceMarker.NamedSystem or EvidenceMarker.Attribution;
}
