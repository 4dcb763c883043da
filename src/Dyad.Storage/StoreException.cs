namespace Dyad.Storage;

/// <summary>
/// The store could not be opened, read or written. The message is numbered (<c>DYAD-E4xx</c>) and
/// names the store; it derives from <see cref="IOException"/> so that callers treating I/O failures
/// as expected (the command line prints one line and exits 1) need nothing more.
/// </summary>
public sealed class StoreException(string message, Exception? inner = null) : IOException(message, inner);
