namespace InterviewLoop.Packets.Rendering;

/// <summary>
/// Chromium could not be started or could not print the packet. Nothing was written to the
/// target path. This is an environment problem, not bad loop input.
/// </summary>
public sealed class PacketRenderException : Exception
{
    /// <summary>Creates the exception with a message naming what failed.</summary>
    public PacketRenderException(string message, Exception? inner = null) : base(message, inner)
    {
    }

    /// <summary>Creates an exception without detail.</summary>
    public PacketRenderException() : this("The debrief packet could not be rendered.")
    {
    }

    /// <summary>Creates the exception with a message naming what failed.</summary>
    public PacketRenderException(string message) : this(message, null)
    {
    }
}
