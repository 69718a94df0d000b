using InterviewLoop.Packets;
using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Cli;

/// <summary>
/// Composes, renders and writes many packets with one warm Chromium. A few render at once: Chromium
/// prints in its own processes, so two pages in flight keep both cores busy while the next loop is read.
/// </summary>
internal sealed class BulkExport(PacketComposer composer, PdfRenderer renderer, PaperSize paper, string directory)
{
    /// <summary>Packets rendered at the same time.</summary>
    public static int Parallelism { get; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Writes <c>ID.pdf</c> for every id, calling <paramref name="tick"/> after each; returns the paths in the order of <paramref name="loopIds"/>.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(IReadOnlyList<string> loopIds, Action<string> tick, CancellationToken ct)
    {
        var paths = new string[loopIds.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, loopIds.Count), options, async (i, token) =>
        {
            paths[i] = await WriteOneAsync(loopIds[i], token);
            tick(loopIds[i]);
        });
        return paths;
    }

    private async Task<string> WriteOneAsync(string loopId, CancellationToken ct)
    {
        var packet = await composer.ComposeAsync(loopId, paper, ct);
        var path = Path.Combine(directory, $"{loopId}.pdf");
        await renderer.WritePdfAsync(packet.Document.Render(), packet.Document.PrintLayout(), path, ct);
        return path;
    }
}
