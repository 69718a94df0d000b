using InterviewLoop.Calibration;
using InterviewLoop.Packets.Raters;

namespace InterviewLoop.Server.Calibration;

/// <summary>Wires server-side calibration: the current rater history, the calibrator over it, stored reports and their worker.</summary>
public static class CalibrationServices
{
    /// <summary>
    /// Adds the rater history (also as <see cref="IRaterHistorySource"/> for packets), the calibrator every path uses
    /// (<see cref="ILoopCalibrator"/>, replacing one without history), and the background worker that fits the history
    /// at start-up and calibrates loops as their last scorecard comes in.
    /// </summary>
    public static IServiceCollection AddCalibrationServices(this IServiceCollection services)
    {
        services.AddSingleton<CurrentRaters>();
        services.AddSingleton<IRaterHistorySource>(sp => sp.GetRequiredService<CurrentRaters>());
        services.AddSingleton<ILoopCalibrator, HistoryCalibrator>();
        services.AddSingleton<CalibrationQueue>();
        services.AddSingleton<CalibrationRetries>();
        services.AddSingleton<CalibrationNotifier>();
        services.AddSingleton<LoopCalibrations>();
        services.AddSingleton<StaleCalibrations>();
        services.AddHostedService<CalibrationWorker>();
        return services;
    }
}
