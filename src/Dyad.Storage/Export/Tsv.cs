namespace Dyad.Storage.Export;

/// <summary>Tab-separated rows: a tab or line break inside a field becomes a space.</summary>
internal static class Tsv
{
    public static void WriteRow(TextWriter output, string[] fields)
    {
        for (int i = 0; i < fields.Length; i++)
        {
            if (i > 0) output.Write('\t');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny("\t\r\n") < 0) output.Write(f);
            else output.Write(f.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' '));
        }
        output.Write('\n');
    }
}
