using System.Globalization;

namespace InterviewLoop.Bench.Packet;

/// <summary>
/// CPU time used so far by this process and every descendant (Playwright's driver, Chromium's processes),
/// in milliseconds. Unlike wall time it barely moves when other work shares the machine, so it tells
/// what a packet costs even on a busy box.
/// </summary>
internal static class CpuTime
{
    private static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.

    public static double TotalMs() =>
        Memory.Descendants(Environment.ProcessId).Prepend(Environment.ProcessId).Sum(Ticks) * MsPerTick;

    private static long Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command: state(0) ppid(1) ... utime(11) stime(12).
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
