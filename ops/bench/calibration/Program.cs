using InterviewLoop.Bench.Calibration;

// ops/bench/calibration/run [--labeled MANIFEST] [--loops N] [--quick]
var options = BenchOptions.Parse(args);
Console.WriteLine(Machine.Describe());
LabeledSection.Run(options.LabeledManifest);
SimulationSection.Run(options.Loops);
if (!options.Quick) SpeedSection.Run(options);
