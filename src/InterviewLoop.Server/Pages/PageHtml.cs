namespace InterviewLoop.Server.Pages;

/// <summary>Small edits to server-rendered pages (the debrief packet's HTML gets web-only additions).</summary>
internal static class PageHtml
{
    /// <summary><paramref name="html"/> with <paramref name="block"/> inserted before its last <c>&lt;/body&gt;</c>, or appended when there is none.</summary>
    public static string BeforeBodyEnd(string html, string block)
    {
        var end = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return end < 0 ? html + block : html.Insert(end, block);
    }
}
