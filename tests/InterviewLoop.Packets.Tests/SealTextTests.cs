using InterviewLoop.Packets.Rendering;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class SealTextTests
{
    private static readonly PacketSeal Seal = SampleLoop.Packet(paper: PaperSize.Letter).Seal;

    [Fact]
    public void Format_ThenFind_GivesBackTheSeal()
    {
        var text = $"Some page text\n{SealText.Format(Seal)}\nmore text";

        Assert.True(SealText.TryFind(text, out var found));

        Assert.Equal(Seal, found);
    }

    [Fact]
    public void Format_WritesOneSpacelessLineWithEveryField() =>
        Assert.Equal(
            $"interviewloop-seal/1;loop=loop-test-7;sha256={Seal.Sha256};position=57;loop-version=1;rounds=r1@2,r2@5,r3@1;paper=letter;generated=2026-11-05T09:30:00Z;/seal",
            SealText.Format(Seal));

    [Fact]
    public void Format_WithARaterHistoryPosition_WritesItAfterTheRounds_AndFindReadsItBack()
    {
        var withRaters = Seal with { RatersPosition = 41 };

        Assert.Contains(";rounds=r1@2,r2@5,r3@1;raters=41;paper=", SealText.Format(withRaters));
        Assert.True(SealText.TryFind(SealText.Format(withRaters), out var found));
        Assert.Equal(41, found.RatersPosition);
        Assert.True(SealText.TryFind(SealText.Format(Seal), out var without));
        Assert.Null(without.RatersPosition);
    }

    [Fact]
    public void TryFind_WhenTheLineWasWrappedByTheExtractor_StillReadsIt()
    {
        var line = SealText.Format(Seal);
        var wrapped = string.Join("\n", line.Chunk(37).Select(c => new string(c)));

        Assert.True(SealText.TryFind(wrapped, out var found));
        Assert.Equal(Seal, found);
    }

    [Fact]
    public void TryFind_ForADocumentPacket_HasNoPosition()
    {
        Assert.True(SealText.TryFind(SealText.Format(Seal with { Position = null }), out var found));

        Assert.Null(found.Position);
    }

    [Fact]
    public void TryFind_WithoutASeal_IsFalse() => Assert.False(SealText.TryFind("An ordinary PDF about something else.", out _));

    [Theory]
    [InlineData("sha256=", "sha256=zz", "seal.sha256")]
    [InlineData("paper=letter", "paper=legal", "seal.paper")]
    [InlineData("rounds=r1@2", "rounds=r1@x", "seal.rounds")]
    [InlineData(";/seal", "", "end marker")]
    public void TryFind_WithADamagedField_ThrowsNamingIt(string replace, string with, string named)
    {
        var damaged = SealText.Format(Seal).Replace(replace, with);

        var error = Assert.Throws<FormatException>(() => SealText.TryFind(damaged, out _));

        Assert.Contains(named, error.Message);
    }
}
