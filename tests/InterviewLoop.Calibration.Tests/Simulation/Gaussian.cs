namespace InterviewLoop.Calibration.Tests.Simulation;

/// <summary>Seeded normal draws (Box-Muller) so every run of the simulation sees the same history.</summary>
internal sealed class Gaussian(int seed)
{
    private readonly Random _random = new(seed);

    public double Next(double sd)
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return sd * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    public int Pick(int count) => _random.Next(count);
}
