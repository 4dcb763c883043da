using System.Globalization;
using System.Text;
using Dyad.Cameo;
using Dyad.Events.Patterns;

namespace Dyad.Build.Events;

/// <summary>
/// Compiles the event patterns in dictionaries/events (*.dyad, speech.txt, judgement.txt) into
/// src/Dyad/Data/patterns.tsv, after validating every line against the CAMEO table. Errors name
/// file and line; any error fails the build and writes nothing.
/// </summary>
internal sealed class PatternsVerb : IVerb
{
    public string Name => "patterns";
    public string Usage => "--source dictionaries/events --out src/Dyad/Data/patterns.tsv";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var source = BuildArgs.Get(args, "--source", "dictionaries/events");
        var outputPath = BuildArgs.Get(args, "--out", "src/Dyad/Data/patterns.tsv");
        var (text, errors) = Compile(source);
        foreach (var e in errors) error.WriteLine(e);
        if (errors.Count > 0) return 1;
        File.WriteAllText(outputPath, text, new UTF8Encoding(false));
        error.WriteLine($"wrote {outputPath} (sha256 {BuildArgs.Sha256(outputPath)})");
        return 0;
    }

    /// <summary>The compiled text, or the errors that prevent it.</summary>
    public static (string Text, List<PatternError> Errors) Compile(string folder)
    {
        var errors = new List<PatternError>();
        var sb = new StringBuilder("#dyad-patterns\t2\n# Compiled by tools/Dyad.Build from dictionaries/events. Do not edit.\n");
        foreach (var (kind, file) in new[] { ("speech", "speech.txt"), ("judgement", "judgement.txt") })
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path)) { errors.Add(new PatternError(file, 0, "missing")); continue; }
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var lines = File.ReadAllLines(path);
            for (int n = 0; n < lines.Length; n++)
            {
                var word = lines[n].Split('#')[0].Trim().ToLowerInvariant();
                if (word.Length == 0) continue;
                if (word.Any(char.IsWhiteSpace)) errors.Add(new PatternError(file, n + 1, $"one lemma a line, got '{word}'"));
                else if (!seen.Add(word)) errors.Add(new PatternError(file, n + 1, $"duplicate '{word}'"));
                else sb.Append(kind).Append('\t').Append(word).Append('\n');
            }
        }
        var table = CameoTable.Shared;
        foreach (var path in Directory.GetFiles(folder, "*.dyad").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var (patterns, fileErrors) = PatternParser.Parse(name, File.ReadAllText(path), code => table.TryGet(code, out _));
            errors.AddRange(fileErrors);
            foreach (var p in patterns)
                sb.Append(CultureInfo.InvariantCulture,
                    $"pattern\t{p.Code}\t{p.Kind}\t{string.Join('|', p.Triggers)}\t{string.Join('|', p.Objects)}\t{string.Join('|', p.Preps)}\t{string.Join('|', p.Cues)}\t{string.Join('|', p.Targets)}\t{p.Confidence:0.###}\t{p.Origin}\t{string.Join('|', p.Comps)}\t{string.Join('|', p.Auxes)}\t{string.Join('|', p.Unless)}\t{string.Join('|', p.SourceAgents)}\t{string.Join('|', p.SourceWords)}\t{(p.HostIsSource ? "host" : "")}\n");
        }
        return (sb.ToString(), errors);
    }
}
