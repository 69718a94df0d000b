using InterviewLoop.Grains.Contracts;
using InterviewLoop.Grains.Hosting;
using InterviewLoop.Interchange;

namespace InterviewLoop.Server.Startup;

/// <summary>Imports the configured sample loop document unless a loop with its id exists already.</summary>
/// <param name="grains">The grain factory.</param>
/// <param name="logger">Start-up log.</param>
internal sealed class SampleLoopImporter(IGrainFactory grains, ILogger<SampleLoopImporter> logger)
{
    public async Task ImportAsync(string path, CancellationToken ct)
    {
        var fullPath = Path.GetFullPath(path);
        var loop = LoopDocumentReader.Read(await File.ReadAllBytesAsync(fullPath, ct));
        var grain = grains.GetGrain<ILoopGrain>(loop.LoopId);
        if (await grain.GetPlan() is not null)
        {
            StartupLog.SampleLoopPresent(logger, loop.LoopId);
            return;
        }
        await grain.Create(loop);
        StartupLog.SampleLoopImported(logger, loop.LoopId, fullPath);
    }
}
