using InterviewLoop.Bench.Calibration;

// ops/bench/calibration/run [--labeled DIR] [--loops N] [--quick]
var options = BenchOptions.Parse(args);
Console.WriteLine(Machine.Describe());
LabeledSection.Run(options.LabeledDirectory);
SimulationSection.Run(options.Loops);
if (!options.Quick) SpeedSection.Run(options);
