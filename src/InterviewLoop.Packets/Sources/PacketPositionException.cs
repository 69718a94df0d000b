namespace InterviewLoop.Packets.Sources;

/// <summary>A recorded <see cref="PacketPosition"/> does not fit the event log (a stream it names never reached that version).</summary>
public sealed class PacketPositionException : Exception
{
    /// <summary>Creates the exception; <paramref name="message"/> names the stream and versions.</summary>
    public PacketPositionException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception without detail.</summary>
    public PacketPositionException() : base("The recorded position does not fit the event log.")
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public PacketPositionException(string message, Exception inner) : base(message, inner)
    {
    }
}
