using System.Text;
using System.Text.Json;
using InterviewLoop.Domain;
using InterviewLoop.Domain.Loops;
using InterviewLoop.Interchange.Rules;
using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Interchange;

/// <summary>
/// Reads a loop document (<c>interviewloop.loop/v1</c>, shared/spec/loop-document.md) into a
/// <see cref="LoopSnapshot"/>. Checks run in this order and the first failure throws
/// <see cref="LoopDocumentException"/> naming the exact path: JSON syntax and duplicated names
/// (with line and column), then <c>schemas/loop-document.v1.schema.json</c> (first error in document
/// order), then the rules a schema cannot express (unique round ids, dimensions of a built-in rubric,
/// one scorecard per interviewer and round, panel membership, complete submitted scorecards),
/// then the domain's own plan rules. Nothing is read partially: a document is whole or refused.
/// </summary>
public static class LoopDocumentReader
{
    /// <summary>Reads <paramref name="json"/>; throws <see cref="LoopDocumentException"/> when it breaks the contract.</summary>
    public static LoopSnapshot Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // A byte-order mark that survived decoding is not part of the JSON text.
        return Read(Encoding.UTF8.GetBytes(json.TrimStart('\uFEFF')));
    }

    /// <summary>
    /// Reads the bytes of a file or request body, which must be UTF-8 (a leading byte-order mark is
    /// skipped); throws <see cref="LoopDocumentException"/> at <c>$</c> naming the first byte that is not
    /// UTF-8, or as <see cref="Read(string)"/> does.
    /// </summary>
    public static LoopSnapshot Read(ReadOnlyMemory<byte> utf8)
    {
        utf8 = Utf8Text.Checked(utf8);
        JsonSyntax.Check(utf8.Span);
        using var document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = JsonSyntax.ReaderOptions.MaxDepth });
        var root = document.RootElement;
        var errors = EmbeddedSchemas.LoopDocument.Validate(root);
        if (errors.Count > 0) throw new LoopDocumentException(errors[0].Path, errors[0].Problem);
        var loop = root.GetProperty("loop");
        DocumentRules.Check(loop);
        return MapChecked(loop);
    }

    // The domain's guards are the last word (e.g. a blank candidate name); their field paths
    // already use the contract's form, so only the "path: " prefix is peeled off the message.
    private static LoopSnapshot MapChecked(JsonElement loop)
    {
        try
        {
            var snapshot = DocumentMapper.Map(loop);
            new LoopPlan(snapshot.LoopId, snapshot.Candidate, snapshot.Role, snapshot.Rounds.Select(r => r.Plan).ToArray()).Validate();
            return snapshot;
        }
        catch (DomainException e) when (e is not LoopDocumentException)
        {
            var path = e.Field ?? "loop";
            var prefix = $"{path}: ";
            var problem = e.Message.StartsWith(prefix, StringComparison.Ordinal) ? e.Message[prefix.Length..] : e.Message;
            throw new LoopDocumentException(path, problem);
        }
    }
}
