using System.Collections.Immutable;
using System.Text;

namespace Dyad.Actors.Dictionary;

/// <summary>
/// The compiled actor dictionary file (<c>actors.dat</c>): a header (format name and version) and the
/// content of an <see cref="ActorDictionaryData"/>, written field by field with length-prefixed UTF-8
/// strings. Writing the same data twice gives the same bytes.
/// </summary>
public static class ActorDataFormat
{
    /// <summary>The format name at the start of every file.</summary>
    public const string FormatName = "dyad-actors";

    /// <summary>The format version this build reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes <paramref name="data"/> to <paramref name="stream"/>.</summary>
    public static void Write(ActorDictionaryData data, Stream stream)
    {
        using var w = new BinaryWriter(stream, new UTF8Encoding(false), leaveOpen: true);
        w.Write(FormatName);
        w.Write(FormatVersion);

        w.Write(data.Countries.Length);
        foreach (var c in data.Countries)
        {
            w.Write(c.Code);
            w.Write(c.Name);
            WriteStrings(w, c.Aliases);
            WriteStrings(w, c.Demonyms);
            WriteStrings(w, c.Capitals);
        }

        w.Write(data.Entries.Length);
        foreach (var e in data.Entries)
        {
            w.Write((byte)e.Kind);
            w.Write(e.Name);
            w.Write(e.Code);
            w.Write(e.EntryId);
            w.Write(e.Roles.Length);
            foreach (var r in e.Roles)
            {
                w.Write(r.Code);
                w.Write(r.From?.DayNumber ?? -1);
                w.Write(r.To?.DayNumber ?? -1);
                w.Write(r.Role);
            }
            w.Write(e.Aliases.Length);
            foreach (var a in e.Aliases)
            {
                w.Write((byte)a.Case);
                WriteStrings(w, a.Tokens);
            }
        }

        w.Write(data.AgentPhrases.Length);
        foreach (var p in data.AgentPhrases)
        {
            w.Write((byte)p.Case);
            WriteStrings(w, p.Tokens);
            WriteStrings(w, p.Agents);
            w.Write(p.EntryId);
        }
    }

    /// <summary>
    /// Reads a compiled file. Throws <see cref="InvalidDataException"/> for a file that is not an actor
    /// dictionary or has another format version.
    /// </summary>
    public static ActorDictionaryData Read(Stream stream)
    {
        using var r = new BinaryReader(stream, new UTF8Encoding(false, true), leaveOpen: true);
        string name;
        int version;
        try
        {
            name = r.ReadString();
            version = r.ReadInt32();
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or DecoderFallbackException)
        {
            throw new InvalidDataException($"{ActorErrors.NotActorFile}: not a Dyad actor dictionary (no '{FormatName}' header).", e);
        }
        if (name != FormatName)
            throw new InvalidDataException($"{ActorErrors.NotActorFile}: not a Dyad actor dictionary (header '{name}', expected '{FormatName}').");
        if (version != FormatVersion)
            throw new InvalidDataException(
                $"{ActorErrors.WrongVersion}: actor dictionary has format version {version}; this Dyad reads version {FormatVersion}. " +
                "Rebuild it with: dotnet run --project tools/Dyad.Build -- actors --source dictionaries/actors --out src/Dyad/Data/actors.dat");

        try
        {
            var countries = ImmutableArray.CreateBuilder<CountryInfo>(r.ReadInt32());
            for (int i = countries.Capacity; i > 0; i--)
                countries.Add(new CountryInfo(r.ReadString(), r.ReadString(), ReadStrings(r), ReadStrings(r), ReadStrings(r)));

            var entries = ImmutableArray.CreateBuilder<ActorEntry>(r.ReadInt32());
            for (int i = entries.Capacity; i > 0; i--)
            {
                var kind = (ActorKind)r.ReadByte();
                string entryName = r.ReadString(), code = r.ReadString(), id = r.ReadString();
                var roles = ImmutableArray.CreateBuilder<ActorRole>(r.ReadInt32());
                for (int k = roles.Capacity; k > 0; k--)
                    roles.Add(new ActorRole(r.ReadString(), ReadDate(r), ReadDate(r), r.ReadString()));
                var aliases = ImmutableArray.CreateBuilder<ActorAlias>(r.ReadInt32());
                for (int k = aliases.Capacity; k > 0; k--)
                {
                    var aliasCase = (AliasCase)r.ReadByte();
                    aliases.Add(new ActorAlias(ReadStrings(r), aliasCase));
                }
                entries.Add(new ActorEntry(kind, entryName, code, roles.MoveToImmutable(), aliases.MoveToImmutable(), id));
            }

            var phrases = ImmutableArray.CreateBuilder<AgentPhrase>(r.ReadInt32());
            for (int i = phrases.Capacity; i > 0; i--)
            {
                var phraseCase = (AliasCase)r.ReadByte();
                phrases.Add(new AgentPhrase(ReadStrings(r), ReadStrings(r), phraseCase, r.ReadString()));
            }
            return new ActorDictionaryData(countries.MoveToImmutable(), entries.MoveToImmutable(), phrases.MoveToImmutable());
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"{ActorErrors.Truncated}: actor dictionary is truncated.", e);
        }
    }

    private static void WriteStrings(BinaryWriter w, ImmutableArray<string> values)
    {
        w.Write(values.Length);
        foreach (var v in values) w.Write(v);
    }

    private static ImmutableArray<string> ReadStrings(BinaryReader r)
    {
        var b = ImmutableArray.CreateBuilder<string>(r.ReadInt32());
        for (int i = b.Capacity; i > 0; i--) b.Add(r.ReadString());
        return b.MoveToImmutable();
    }

    private static DateOnly? ReadDate(BinaryReader r)
    {
        int day = r.ReadInt32();
        return day < 0 ? null : DateOnly.FromDayNumber(day);
    }
}

/// <summary>Numbered messages of the actor dictionaries, in one place.</summary>
public static class ActorErrors
{
    /// <summary>A code is not upper-case letters in groups of three.</summary>
    public const string BadCode = "DYA-A001";
    /// <summary>The file is not a compiled actor dictionary.</summary>
    public const string NotActorFile = "DYA-A010";
    /// <summary>The compiled file has another format version.</summary>
    public const string WrongVersion = "DYA-A011";
    /// <summary>The compiled file ends early.</summary>
    public const string Truncated = "DYA-A012";
    /// <summary>The embedded compiled dictionary is missing from the assembly.</summary>
    public const string MissingResource = "DYA-A013";
}
