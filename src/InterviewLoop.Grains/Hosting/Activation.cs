namespace InterviewLoop.Grains.Hosting;

/// <summary>One live grain instance with its turn gate. Only the host touches it.</summary>
internal sealed class Activation(Grain grain, DateTimeOffset now) : IDisposable
{
    private readonly SemaphoreSlim _turn = new(1, 1);

    public Grain Grain { get; } = grain;

    public bool IsActivated { get; set; }

    /// <summary>Set inside a turn when collected; a caller that finds it set retries on a new activation.</summary>
    public bool IsDeactivated { get; set; }

    public DateTimeOffset LastUsed { get; set; } = now;

    public Task EnterTurnAsync(CancellationToken ct) => _turn.WaitAsync(ct);

    public bool TryEnterTurn() => _turn.Wait(0);

    public void ExitTurn() => _turn.Release();

    public void Dispose() => _turn.Dispose();
}
