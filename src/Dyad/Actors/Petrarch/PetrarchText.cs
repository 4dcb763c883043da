namespace Dyad.Actors.Petrarch;

/// <summary>Line handling shared by the PETRARCH readers: comments, XML-style blocks, phrases.</summary>
internal static class PetrarchText
{
    /// <summary>Numbered lines with <c>#</c> comments and <c>&lt;!-- … --&gt;</c> blocks removed; stops at <c>---STOP---</c>.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(TextReader reader)
    {
        int number = 0;
        bool inBlock = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Contains("---STOP---", StringComparison.Ordinal)) yield break;
            if (inBlock)
            {
                int end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0) continue;
                inBlock = false;
                line = line[(end + 3)..];
            }
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('<'))
            {
                if (trimmed.StartsWith("<!", StringComparison.Ordinal) && !trimmed.Contains("-->", StringComparison.Ordinal)) inBlock = true;
                continue;
            }
            int hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            if (line.Trim().Length == 0) continue;
            yield return (number, line.TrimEnd());
        }
    }

    /// <summary>A phrase as written, underscores as spaces, trimmed.</summary>
    public static string Phrase(string text) =>
        string.Join(' ', text.Replace('_', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
