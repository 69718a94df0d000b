namespace InterviewLoop.Cli;

/// <summary>The database could not be reached or opened for a reason outside the input. Exits 1 with <see cref="Exception.Message"/> as the one line.</summary>
internal sealed class DatabaseUnavailableException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> names the database (never its password) and the reason on one line.</summary>
    public DatabaseUnavailableException(string message, Exception? inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception; <paramref name="message"/> names the database (never its password) and the reason on one line.</summary>
    public DatabaseUnavailableException(string message) : base(message)
    {
    }

    /// <summary>Creates an exception without detail.</summary>
    public DatabaseUnavailableException() : base("The database cannot be opened.")
    {
    }
}
