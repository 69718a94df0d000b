using System.Text.Json;
using InterviewLoop.Interchange.Schema;

namespace InterviewLoop.Interchange;

/// <summary>
/// Follows a <see cref="Utf8JsonReader"/> through the document and knows the path of the value being
/// read, in the contract's form. Also refuses a name given twice in one object, which
/// <see cref="JsonDocument"/> would silently accept.
/// </summary>
internal sealed class JsonPathTracker
{
    private readonly Stack<Frame> _frames = new();

    /// <summary>Path of the value being read, or of the container when between values.</summary>
    public string Current => _frames.TryPeek(out var top) ? top.ChildPath() : JsonPath.Root;

    public void Step(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                Name(reader.GetString()!);
                break;
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                BeginValue();
                _frames.Push(new Frame(Current, reader.TokenType == JsonTokenType.StartArray));
                break;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                _frames.Pop();
                break;
            default:
                BeginValue();
                break;
        }
    }

    private void Name(string name)
    {
        var top = _frames.Peek();
        top.Name = name;
        if (!top.Names.Add(name)) throw new LoopDocumentException(Current, "the field appears twice in this object");
    }

    private void BeginValue()
    {
        if (_frames.TryPeek(out var top) && top.IsArray) top.Index++;
    }

    private sealed class Frame(string path, bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public string ChildPath() =>
            IsArray ? (Index >= 0 ? JsonPath.Index(path, Index) : path)
            : Name is null ? path : JsonPath.Property(path, Name);
    }
}
