using System.Globalization;
using System.Text;

namespace Dyad.Build.Cameo;

/// <summary>
/// Compiles the CAMEO codebook (../shared/data/cameo/cameo_codebook.tsv) into Dyad's CAMEO table:
/// every code with its name, root, Goldstein value, quad class and PLOVER type, mode and context.
/// A code without a PLOVER type takes its "not specified" child's (04 → 040 → CONSULT).
/// </summary>
internal sealed class CameoTableVerb : IVerb
{
    public string Name => "cameo";
    public string Usage => "--codebook ../shared/data/cameo/cameo_codebook.tsv --out src/Dyad/Data/cameo.tsv";

    public int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var codebook = BuildArgs.Get(args, "--codebook", "../shared/data/cameo/cameo_codebook.tsv");
        var outputPath = BuildArgs.Get(args, "--out", "src/Dyad/Data/cameo.tsv");
        var lines = File.ReadAllLines(codebook, Encoding.UTF8);
        var header = lines[0].Split('\t');
        int Col(string name) => Array.IndexOf(header, name) is var i and >= 0 ? i : throw new InvalidDataException($"{codebook}:1: no column '{name}'");
        var rows = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        var errors = 0;
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0) continue;
            var f = lines[n].Split('\t');
            if (f.Length != header.Length) { error.WriteLine($"{codebook}:{n + 1}: {f.Length} columns, expected {header.Length}"); errors++; continue; }
            var code = f[Col("code")];
            if (code.Length is < 2 or > 4 || !code.All(char.IsAsciiDigit)) { error.WriteLine($"{codebook}:{n + 1}: bad code '{code}'"); errors++; continue; }
            if (!rows.TryAdd(code, f)) { error.WriteLine($"{codebook}:{n + 1}: duplicate code {code}"); errors++; }
        }
        if (errors > 0) return 1;

        // GDELT's names say "not specified below" where CAMEO's are bare; a GDELT name with mis-decoded
        // characters ("Meet at a ÒhirdÓlocation") gives way to CAMEO's own.
        string Name(string[] f) => First(Clean7Bit(f[Col("name_gdelt")]), f[Col("name")], f[Col("name_icews")]);
        var sb = new StringBuilder();
        sb.Append("#dyad-cameo\t1\n");
        sb.Append("# Compiled by tools/Dyad.Build from cameo_codebook.tsv (names: GDELT/CAMEO 0.7b5; Goldstein: GDELT, else Phoenix; PLOVER: CAMEO2PLOVER-2021, CC BY-SA 4.0).\n");
        sb.Append("code\troot\tname\tgoldstein\tquad_class\tplover_event\tplover_mode\tplover_context\n");
        foreach (var (code, f) in rows)
        {
            var name = Name(f);
            if (name.Length == 0 && code.Length == 4 && rows.TryGetValue(code[..3], out var parent)) name = Name(parent) + " (specific)";
            var goldstein = First(f[Col("goldstein")], f[Col("goldstein_phoenix")]);
            if (goldstein.Length == 0 && rows.TryGetValue(code[..3], out var p3)) goldstein = First(p3[Col("goldstein")], p3[Col("goldstein_phoenix")]);
            var quad = First(f[Col("quad_gdelt")], QuadOf(code));
            var (ev, mode, ctx) = (f[Col("plover_event")], f[Col("plover_mode")], f[Col("plover_context")]);
            if (ev.Length == 0)
            {
                var fallback = code.Length == 2 ? code + "0" : code[..3];
                if (rows.TryGetValue(fallback, out var g)) (ev, mode, ctx) = (g[Col("plover_event")], g[Col("plover_mode")], g[Col("plover_context")]);
            }
            double gs = double.Parse(goldstein.Length == 0 ? "0" : goldstein, CultureInfo.InvariantCulture);
            sb.Append(CultureInfo.InvariantCulture, $"{code}\t{code[..2]}\t{Clean(name)}\t{gs:0.0#}\t{quad}\t{ev}\t{mode}\t{ctx}\n");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputPath))!);
        File.WriteAllText(outputPath, sb.ToString(), new UTF8Encoding(false));
        error.WriteLine($"wrote {rows.Count} codes to {outputPath} (sha256 {BuildArgs.Sha256(outputPath)})");
        return 0;
    }

    private static string First(params string[] values) => values.FirstOrDefault(v => v.Trim().Length > 0)?.Trim() ?? "";

    private static string Clean7Bit(string name) => name.All(c => c < 128) ? name : "";

    private static string Clean(string name) => string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string QuadOf(string code) => int.Parse(code[..2], CultureInfo.InvariantCulture) switch
    {
        <= 5 => "1",
        <= 8 => "2",
        <= 13 => "3",
        _ => "4",
    };
}
