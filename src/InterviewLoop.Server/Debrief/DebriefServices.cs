using InterviewLoop.Packets.Raters;
using InterviewLoop.Grains.Storage;
using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Server.Debrief;

/// <summary>Wires the debrief: one packet composer over the event log and one warm Chromium for PDFs.</summary>
public static class DebriefServices
{
    /// <summary>
    /// Adds <see cref="PacketComposer"/> and a singleton <see cref="PdfRenderer"/>: Chromium starts on the first
    /// PDF, stays warm for the next ones, and closes when the app is disposed.
    /// </summary>
    public static IServiceCollection AddDebriefServices(this IServiceCollection services)
    {
        // Calibrated with the server's current rater history; each seal records the position it was fitted at.
        services.AddSingleton(sp => new PacketComposer(
            sp.GetRequiredService<IEventStore>(), sp.GetRequiredService<IRaterHistorySource>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(_ => new PdfRenderer());
        return services;
    }
}
