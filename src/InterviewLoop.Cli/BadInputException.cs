namespace InterviewLoop.Cli;

/// <summary>The command's input cannot be used (e.g. the loop file cannot be read). Exits 2 with <see cref="Exception.Message"/> as the one line.</summary>
public sealed class BadInputException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> names the input and the problem on one line.</summary>
    public BadInputException(string message, Exception? inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception; <paramref name="message"/> names the input and the problem on one line.</summary>
    public BadInputException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception without detail.</summary>
    public BadInputException() : base("The input cannot be used.")
    {
    }
}
