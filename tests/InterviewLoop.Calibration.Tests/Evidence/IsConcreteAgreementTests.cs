using InterviewLoop.Calibration.Evidence;
using InterviewLoop.Interchange;

namespace InterviewLoop.Calibration.Tests.Evidence;

/// <summary>
/// <see cref="EvidenceQuality.IsConcrete"/> stops early for speed; it must still answer exactly as the
/// full <see cref="EvidenceQuality.Assess"/> does, which the scoring page's hints show.
/// </summary>
public sealed class IsConcreteAgreementTests
{
    [Fact]
    public void IsConcrete_OnEveryNoteOfTheLabeledSet_AgreesWithTheFullAssessment()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Labeled", "Documents");
        var notes = Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
            .Select(f => LoopDocumentReader.Read(File.ReadAllText(f)))
            .SelectMany(loop => loop.Rounds.SelectMany(r => r.Scorecards))
            .SelectMany(card => card.Notes.Select(n => n.Text).Append(card.Summary))
            .ToArray();

        var disagreements = notes.Where(n => EvidenceQuality.IsConcrete(n) != EvidenceQuality.Assess(n).IsConcrete).ToArray();

        Assert.True(notes.Length > 500, $"only {notes.Length} notes read");
        Assert.Empty(disagreements);
    }
}
