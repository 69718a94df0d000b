using System.Globalization;

namespace InterviewLoop.Bench.Live;

/// <summary>A command and its <c>--name value</c> options, e.g. <c>seed-users --db /tmp/x.db --interviewers 1000</c>.</summary>
internal sealed class BenchArgs
{
    private readonly Dictionary<string, string> _values;

    private BenchArgs(string command, Dictionary<string, string> values) => (Command, _values) = (command, values);

    public string Command { get; }

    public static BenchArgs Parse(string[] args)
    {
        if (args.Length == 0) throw new ArgumentException("usage: <seed-users|audit|baseline|probe> --name value ...");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"argument {i}: expected '--name value', got '{args[i]}'");
            values[args[i][2..]] = args[i + 1];
        }
        return new BenchArgs(args[0], values);
    }

    public string Text(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name}: missing");

    public int Number(string name, int fallback, int min, int max)
    {
        if (!_values.TryGetValue(name, out var text)) return fallback;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"--{name}: '{text}' is not a whole number in {min}..{max}");
    }
}
