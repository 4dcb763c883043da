using System.Collections.Frozen;
using System.Globalization;
using Dyad.Resources;

namespace Dyad.Cameo;

/// <summary>One CAMEO event code with the figures every emitted event carries.</summary>
/// <param name="Code">The code, 2 to 4 digits.</param>
/// <param name="Root">Its two-digit root.</param>
/// <param name="Name">Its name.</param>
/// <param name="Goldstein">Goldstein conflict–cooperation value (-10 to +10).</param>
/// <param name="QuadClass">1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</param>
/// <param name="PloverEvent">PLOVER event type, if CAMEO2PLOVER maps it.</param>
/// <param name="PloverMode">PLOVER mode, if any.</param>
/// <param name="PloverContext">PLOVER context, if any.</param>
public sealed record CameoCode(string Code, string Root, string Name, double Goldstein, int QuadClass,
    string? PloverEvent, string? PloverMode, string? PloverContext);

/// <summary>
/// The CAMEO code table compiled by <c>tools/Dyad.Build cameo</c> and shipped in the assembly.
/// </summary>
public sealed class CameoTable
{
    private static readonly Lazy<CameoTable> Default = new(() => new CameoTable(Load()));
    private readonly FrozenDictionary<string, CameoCode> _codes;

    private CameoTable(FrozenDictionary<string, CameoCode> codes) => _codes = codes;

    /// <summary>The shipped table (loaded once, on first use).</summary>
    public static CameoTable Shared => Default.Value;

    /// <summary>Every code.</summary>
    public IEnumerable<CameoCode> Codes => _codes.Values.OrderBy(c => c.Code, StringComparer.Ordinal);

    /// <summary>Number of codes.</summary>
    public int Count => _codes.Count;

    /// <summary>Looks a code up.</summary>
    public bool TryGet(string code, out CameoCode entry) => _codes.TryGetValue(code, out entry!);

    /// <summary>Looks a code up; an unknown code is a programming error.</summary>
    public CameoCode this[string code] =>
        _codes.TryGetValue(code, out var c) ? c : throw new KeyNotFoundException($"unknown CAMEO code '{code}'");

    private static FrozenDictionary<string, CameoCode> Load()
    {
        var codes = new Dictionary<string, CameoCode>(StringComparer.Ordinal);
        bool header = true;
        foreach (var (_, line) in EmbeddedData.ReadLines("cameo.tsv", "dyad-cameo", 1))
        {
            if (header) { header = false; continue; }
            var f = line.Split('\t');
            static string? Opt(string s) => s.Length == 0 ? null : s;
            codes[f[0]] = new CameoCode(f[0], f[1], f[2], double.Parse(f[3], CultureInfo.InvariantCulture),
                int.Parse(f[4], CultureInfo.InvariantCulture), Opt(f[5]), Opt(f[6]), Opt(f[7]));
        }
        return codes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
