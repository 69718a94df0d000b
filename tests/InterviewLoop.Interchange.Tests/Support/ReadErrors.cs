namespace InterviewLoop.Interchange.Tests.Support;

internal static class ReadErrors
{
    /// <summary>Reads <paramref name="json"/> expecting refusal; returns the exception.</summary>
    public static LoopDocumentException Of(string json) => Assert.Throws<LoopDocumentException>(() => LoopDocumentReader.Read(json));

    /// <summary>Applies <paramref name="edit"/> to the minimal fixture and returns the refusal.</summary>
    public static LoopDocumentException OfMinimal(Action<System.Text.Json.Nodes.JsonNode> edit) =>
        Of(Documents.Edit(Documents.Minimal, edit));
}
