namespace InterviewLoop.Interchange.Schema;

/// <summary>
/// A schema could not be loaded: it is not JSON, or it uses a keyword, <c>$ref</c> or <c>format</c>
/// outside the subset <see cref="JsonSchema"/> implements. Failing loudly here keeps a schema edit
/// from silently validating nothing (see docs/decisions/0001-own-json-schema-validator.md).
/// </summary>
public sealed class SchemaDefinitionException : Exception
{
    /// <summary>Creates the exception with a message naming the schema location at fault (e.g. <c>#/$defs/round</c>).</summary>
    public SchemaDefinitionException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the error that caused it.</summary>
    public SchemaDefinitionException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public SchemaDefinitionException() : base("The JSON schema is not supported.")
    {
    }
}
