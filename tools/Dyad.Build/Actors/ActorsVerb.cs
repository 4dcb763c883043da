using System.Security.Cryptography;
using System.Text.Json;
using Dyad.Actors.Dictionary;

namespace Dyad.Build.Actors;

/// <summary>
/// <c>actors --source dictionaries/actors --out src/Dyad/Data/actors.dat</c>: validates the actor
/// dictionary sources and writes the compiled file and its manifest (<c>MANIFEST-actors.json</c> beside
/// it). Same sources, same bytes. Exit code 1 with every error listed (file:line) when a source is invalid.
/// </summary>
public sealed class ActorsVerb : IVerb
{
    public string Name => "actors";
    public string Usage => "--source dictionaries/actors --out src/Dyad/Data/actors.dat";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var options = VerbDispatcher.Options(args, ["source", "out"], error);
        if (options is null || !options.TryGetValue("source", out var source) || !options.TryGetValue("out", out var outPath))
        {
            error.WriteLine($"usage: {Name} {Usage}");
            return 2;
        }
        if (!Directory.Exists(source))
        {
            error.WriteLine($"source folder '{source}' does not exist");
            return 2;
        }

        var result = ActorSourceCompiler.Compile(source);
        if (result.Data is null)
        {
            foreach (var e in result.Errors) error.WriteLine(e);
            error.WriteLine($"{result.Errors.Count} error(s); nothing written.");
            return 1;
        }

        var bytes = Serialize(result.Data);
        var outFull = Path.GetFullPath(outPath);
        Directory.CreateDirectory(Path.GetDirectoryName(outFull)!);
        File.WriteAllBytes(outFull, bytes);
        var manifestPath = Path.Combine(Path.GetDirectoryName(outFull)!, "MANIFEST-actors.json");
        File.WriteAllBytes(manifestPath, Manifest(source, result, Path.GetFileName(outFull), bytes));

        output.WriteLine($"wrote {outPath} ({bytes.Length:N0} bytes, sha256 {Sha256(bytes)})");
        foreach (var (name, value) in result.Counts.OrderBy(c => c.Key, StringComparer.Ordinal))
            output.WriteLine($"  {name,-18} {value,7:N0}");
        return 0;
    }

    internal static byte[] Serialize(ActorDictionaryData data)
    {
        using var stream = new MemoryStream();
        ActorDataFormat.Write(data, stream);
        return stream.ToArray();
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static byte[] Manifest(string source, ActorCompileResult result, string outName, byte[] bytes)
    {
        var versionFile = Path.Combine(source, "VERSION");
        var version = File.Exists(versionFile) ? File.ReadAllText(versionFile).Trim() : "0";
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("component", "actors");
            w.WriteString("version", version);
            w.WriteString("format", ActorDataFormat.FormatName);
            w.WriteNumber("formatVersion", ActorDataFormat.FormatVersion);
            w.WriteStartArray("sources");
            foreach (var file in result.SourceFiles)
            {
                w.WriteStartObject();
                w.WriteString("file", "dictionaries/actors/" + file);
                w.WriteString("sha256", Sha256(File.ReadAllBytes(Path.Combine(source, file))));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("output");
            w.WriteString("file", outName);
            w.WriteNumber("bytes", bytes.Length);
            w.WriteString("sha256", Sha256(bytes));
            w.WriteEndObject();
            w.WriteStartObject("counts");
            foreach (var (name, value) in result.Counts.OrderBy(c => c.Key, StringComparer.Ordinal)) w.WriteNumber(name, value);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
