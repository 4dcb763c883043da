using System.Globalization;
using System.Text;

namespace Dyad.Output;

/// <summary>Output forms for event records.</summary>
public enum EventFormat
{
    /// <summary>One JSON object a line (contract v1).</summary>
    Jsonl,
    /// <summary>Comma-separated, RFC 4180 quoting, header row.</summary>
    Csv,
    /// <summary>Tab-separated, header row; tabs and newlines in text become spaces.</summary>
    Tsv,
}

/// <summary>Writes event records in one of the <see cref="EventFormat"/>s; the flat forms are views of the same record.</summary>
public sealed class EventWriter(TextWriter writer, EventFormat format)
{
    private static readonly string[] Columns =
    [
        "event_id", "story_id", "date", "sentence_index", "source_code", "source_country", "source_agents", "source_text",
        "source_name", "target_code", "target_country", "target_agents", "target_text", "target_name", "cameo",
        "cameo_name", "root", "quad_class", "goldstein", "plover_event_type", "plover_mode", "mode", "location_name",
        "location_country", "lat", "lon", "trigger", "rule", "confidence", "sentence",
    ];

    private bool _headerWritten;

    /// <summary>Writes one event.</summary>
    public void Write(CodedEvent e)
    {
        if (format == EventFormat.Jsonl)
        {
            writer.Write(EventJson.Serialize(e));
            writer.Write('\n');
            return;
        }
        char sep = format == EventFormat.Csv ? ',' : '\t';
        if (!_headerWritten)
        {
            writer.Write(string.Join(sep, Columns));
            writer.Write('\n');
            _headerWritten = true;
        }
        var inv = CultureInfo.InvariantCulture;
        string?[] values =
        [
            e.EventId, e.StoryId, e.Date, e.SentenceIndex.ToString(inv), e.Source.Code, e.Source.Country,
            string.Join(';', e.Source.Agents), e.Source.Text, e.Source.Name, e.Target.Code, e.Target.Country,
            string.Join(';', e.Target.Agents), e.Target.Text, e.Target.Name, e.Cameo, e.CameoName, e.Root,
            e.QuadClass.ToString(inv), e.Goldstein.ToString("0.0#", inv), e.Plover.EventType, e.Plover.Mode, e.Mode,
            e.Location?.Name, e.Location?.Country, e.Location?.Lat?.ToString("0.####", inv), e.Location?.Lon?.ToString("0.####", inv),
            e.Evidence.Trigger, e.Evidence.Rule, e.Evidence.Confidence.ToString("0.###", inv), e.Sentence,
        ];
        for (int i = 0; i < values.Length; i++)
        {
            if (i > 0) writer.Write(sep);
            writer.Write(format == EventFormat.Csv ? CsvField(values[i]) : TsvField(values[i]));
        }
        writer.Write('\n');
    }

    /// <summary>Writes the header even when no event was written (CSV and TSV only).</summary>
    public void Finish()
    {
        if (format != EventFormat.Jsonl && !_headerWritten)
        {
            writer.Write(string.Join(format == EventFormat.Csv ? ',' : '\t', Columns));
            writer.Write('\n');
            _headerWritten = true;
        }
        writer.Flush();
    }

    private static string CsvField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0) return value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }

    private static string TsvField(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        var sb = new StringBuilder(value.Length);
        foreach (var c in value) sb.Append(c is '\t' or '\r' or '\n' ? ' ' : c);
        return sb.ToString();
    }
}
