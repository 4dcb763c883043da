namespace Dyad.Build;

/// <summary>One command of the build tool (<c>dyad-build actors …</c>).</summary>
public interface IVerb
{
    /// <summary>The word that selects the verb on the command line.</summary>
    string Name { get; }

    /// <summary>One line for the usage text, with the verb's arguments.</summary>
    string Usage { get; }

    /// <summary>Runs the verb; returns the process exit code (0 success, 1 invalid input, 2 usage).</summary>
    int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error);
}

/// <summary>Selects a verb by its first argument and runs it.</summary>
public static class VerbDispatcher
{
    public static int Run(IReadOnlyList<IVerb> verbs, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var verb = args.Count > 0 ? verbs.FirstOrDefault(v => v.Name == args[0]) : null;
        if (verb is null)
        {
            error.WriteLine(args.Count == 0 ? "usage: dyad-build <verb> [options]" : $"unknown verb '{args[0]}'");
            foreach (var v in verbs) error.WriteLine($"  {v.Name} {v.Usage}");
            return 2;
        }
        return verb.Run([.. args.Skip(1)], output, error);
    }

    /// <summary>Reads <c>--name value</c> options; unknown or valueless options are errors.</summary>
    public static Dictionary<string, string>? Options(IReadOnlyList<string> args, IReadOnlyCollection<string> names, TextWriter error)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal) || !names.Contains(name[2..]) || i + 1 >= args.Count)
            {
                error.WriteLine($"unexpected argument '{name}'");
                return null;
            }
            result[name[2..]] = args[++i];
        }
        return result;
    }
}
