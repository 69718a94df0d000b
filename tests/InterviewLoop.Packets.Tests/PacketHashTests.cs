using System.Globalization;
using InterviewLoop.Packets.Projections;
using InterviewLoop.Packets.Sealing;
using InterviewLoop.Packets.Tests.Support;

namespace InterviewLoop.Packets.Tests;

public sealed class PacketHashTests
{
    [Fact]
    public void Of_SameLoopTwice_GivesTheSameHashOf64LowercaseHexDigits()
    {
        var first = PacketHash.Of(PacketProjection.From(SampleLoop.Record(), SampleLoop.Report()));

        var second = PacketHash.Of(PacketProjection.From(SampleLoop.Record(), SampleLoop.Report()));

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
    }

    [Fact]
    public void Of_AnyChangedNote_ChangesTheHash() =>
        Assert.NotEqual(
            PacketHash.Of(PacketProjection.From(SampleLoop.Record(deepDiveNote: "Owned the ledger rewrite."), SampleLoop.Report())),
            PacketHash.Of(PacketProjection.From(SampleLoop.Record(deepDiveNote: "Owned the ledger rewrite!"), SampleLoop.Report())));

    [Fact]
    public void Of_DoesNotDependOnTheCurrentCulture()
    {
        var model = PacketProjection.From(SampleLoop.Record(), SampleLoop.Report());
        var invariant = PacketHash.Of(model);
        var before = CultureInfo.CurrentCulture;
        try
        {
            // Globalization-invariant builds know no named cultures: make one with a decimal comma and another calendar layout.
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.DateTimeFormat.ShortDatePattern = "dd.MM.yyyy";
            CultureInfo.CurrentCulture = comma;

            Assert.Equal(invariant, PacketHash.Of(model));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void CanonicalJson_SortsKeysOrdinallyWritesUtcTimesAndLeavesComputedPropertiesOut()
    {
        var json = CanonicalJson.SerializeToString(new { zeta = 1.5, Alpha = new DateTimeOffset(2026, 11, 2, 17, 10, 0, TimeSpan.FromHours(1)), beta = (string?)null });

        Assert.Equal("{\"alpha\":\"2026-11-02T16:10:00.0000000Z\",\"beta\":null,\"zeta\":1.5}", json);
        Assert.DoesNotContain("isSubmitted", CanonicalJson.SerializeToString(PacketProjection.From(SampleLoop.Record(), SampleLoop.Report())));
    }
}
