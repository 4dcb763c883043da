using Dyad.Tests.TestSupport;

namespace Dyad.Tests.Analysis.Parsing;

/// <summary>The UD English-EWT files in ../shared/data/ud.</summary>
internal static class ParserTestData
{
    public static string Ud(string file) =>
        SharedData.Find("ud/" + file) ?? throw new InvalidOperationException($"UD file {file} not found.");
}
