using System.Globalization;

namespace Dyad.Storage.Tests.TestSupport;

internal static class StoreSql
{
    public static long Count(this EventStore store, string sql) =>
        Convert.ToInt64(store.Scalar(sql), CultureInfo.InvariantCulture);

    public static List<string> Strings(this EventStore store, string sql)
    {
        var values = new List<string>();
        using var reader = store.Query(sql);
        while (reader.Read()) values.Add(reader.IsDBNull(0) ? "" : Convert.ToString(reader.GetValue(0), CultureInfo.InvariantCulture)!);
        return values;
    }
}
