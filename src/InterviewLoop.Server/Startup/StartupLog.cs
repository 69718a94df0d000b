namespace InterviewLoop.Server.Startup;

/// <summary>Start-up log messages (source-generated, so nothing is formatted when the level is off).</summary>
internal static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Demo users: {Created} created, {Existing} already present")]
    public static partial void DemoUsersSeeded(ILogger logger, int created, int existing);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No admin existed: created {Username} from Auth:FirstAdmin")]
    public static partial void FirstAdminCreated(ILogger logger, string username);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sample loop {LoopId} already present; not imported again")]
    public static partial void SampleLoopPresent(ILogger logger, string loopId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported sample loop {LoopId} from {Path}")]
    public static partial void SampleLoopImported(ILogger logger, string loopId, string path);
}
