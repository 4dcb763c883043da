using System.CommandLine;

namespace Dyad.Cli;

/// <summary>Exit codes and the top-level error policy of the command line.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    /// <summary>
    /// Parses and runs. A usage error (unknown option, missing argument, bad path) prints one line and
    /// exits 2; an unexpected error prints one line and exits 1 — never a stack trace.
    /// </summary>
    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"dyad: {parsed.Errors[0].Message} (see 'dyad --help')");
            return Usage;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"dyad: {e.Message}");
            return Usage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            Console.Error.WriteLine($"dyad: {e.Message}");
            return Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("DYAD_DEBUG") is null)
        {
            // A bug: say so in one line; DYAD_DEBUG=1 lets the runtime print the whole trace.
            Console.Error.WriteLine($"dyad: internal error ({e.GetType().Name}): {e.Message} — set DYAD_DEBUG=1 for details");
            return Failed;
        }
    }
}

/// <summary>A mistake in how the command was called; reported in one line with exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
