namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// The contract's schemas, embedded from the repository's <c>schemas/</c> folder: the loop document
/// (<c>interviewloop.loop/v1</c>), the calibration report (<c>interviewloop.calibration/v1</c>) and the
/// rater report (<c>interviewloop.raters/v1</c>).
/// </summary>
public static class EmbeddedSchemas
{
    /// <summary>Text of <c>schemas/loop-document.v1.schema.json</c>.</summary>
    public static string LoopDocumentText { get; } = Read("loop-document.v1.schema.json");

    /// <summary>Text of <c>schemas/calibration-report.v1.schema.json</c>.</summary>
    public static string CalibrationReportText { get; } = Read("calibration-report.v1.schema.json");

    /// <summary>Text of <c>schemas/rater-report.v1.schema.json</c>.</summary>
    public static string RaterReportText { get; } = Read("rater-report.v1.schema.json");

    private static readonly Lazy<JsonSchema> RaterReportSchema = new(() => JsonSchema.Parse(RaterReportText));

    private static readonly Lazy<JsonSchema> LoopDocumentSchema = new(() => JsonSchema.Parse(LoopDocumentText));
    private static readonly Lazy<JsonSchema> CalibrationReportSchema = new(() => JsonSchema.Parse(CalibrationReportText));

    /// <summary>The compiled loop-document schema.</summary>
    public static JsonSchema LoopDocument => LoopDocumentSchema.Value;

    /// <summary>The compiled calibration-report schema.</summary>
    public static JsonSchema CalibrationReport => CalibrationReportSchema.Value;

    /// <summary>The compiled rater-report schema.</summary>
    public static JsonSchema RaterReport => RaterReportSchema.Value;

    private static string Read(string fileName)
    {
        var name = $"InterviewLoop.Interchange.Schemas.{fileName}";
        using var stream = typeof(EmbeddedSchemas).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded schema '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
