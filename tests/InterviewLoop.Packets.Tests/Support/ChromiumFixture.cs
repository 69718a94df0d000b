using InterviewLoop.Packets.Rendering;

namespace InterviewLoop.Packets.Tests.Support;

/// <summary>One warm renderer shared by the PDF tests of a class, as the server and CLI share one.</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public PdfRenderer Renderer { get; } = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Renderer.DisposeAsync();
}
