using InterviewLoop.Server;

// Composition lives in InterviewLoopApp so that tests start the very same app on real Kestrel.
var app = InterviewLoopApp.Build(args);
app.Run();
