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

    /// <summary>How many objects and arrays are open; 0 before the document and after it.</summary>
    public int Depth => _frames.Count;

    /// <summary>Whether the last token was a field name, so its value comes next.</summary>
    public bool AwaitsValue { get; private set; }

    /// <summary>The path of the innermost open object or array, and whether it is an array.</summary>
    public (string Path, bool IsArray) Innermost =>
        _frames.TryPeek(out var top) ? (top.Path, top.IsArray) : (JsonPath.Root, false);

    public void Step(ref Utf8JsonReader reader)
    {
        AwaitsValue = reader.TokenType == JsonTokenType.PropertyName;
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
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Name { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);

        public string ChildPath() =>
            IsArray ? (Index >= 0 ? JsonPath.Index(Path, Index) : Path)
            : Name is null ? Path : JsonPath.Property(Path, Name);
    }
}
