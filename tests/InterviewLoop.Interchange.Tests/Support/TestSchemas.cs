namespace InterviewLoop.Interchange.Tests.Support;

/// <summary>A small loop-shaped schema exercising $ref, required, open, closed and map objects.</summary>
internal static class TestSchemas
{
    public const string Loop = """
        {
          "type": "object",
          "required": ["loop"],
          "properties": { "loop": { "$ref": "#/$defs/loop" } },
          "$defs": {
            "loop": {
              "type": "object",
              "required": ["id", "rounds"],
              "properties": {
                "id": { "type": "string" },
                "rounds": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/round" } }
              }
            },
            "round": {
              "type": "object",
              "required": ["id"],
              "properties": {
                "id": { "type": "string" },
                "submittedAt": { "type": "string" },
                "ratings": { "type": "object", "additionalProperties": { "type": "integer", "minimum": 1, "maximum": 5 } },
                "panel": { "type": "object", "additionalProperties": false, "properties": { "lead": { "type": "string" } } }
              }
            }
          }
        }
        """;
}
