using System.Globalization;
using System.IO.Hashing;
using System.Text;

namespace Dyad.Storage.Writing;

/// <summary>Stable hashes that identify a story's content (never <c>string.GetHashCode</c>).</summary>
public static class StoryKey
{
    /// <summary>XxHash128 of the story text's UTF-8 bytes, as 32 lower-case hex digits.</summary>
    public static string TextHash(string text) => Convert.ToHexStringLower(XxHash128.Hash(Encoding.UTF8.GetBytes(text)));

    /// <summary>The key <c>--resume</c> compares: the same id, date and text hash mean the same story.</summary>
    public static UInt128 Resume(string storyId, DateOnly date, string textHash)
    {
        var key = string.Join('\u001f', storyId, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), textHash);
        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(key));
    }
}
