using System.Text;
using Dyad.Actors.Dictionary;

namespace Dyad.Tests.Actors.Dictionary;

public class ActorDataFormatTests
{
    [Fact]
    public void Refuses_another_format_version()
    {
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(ActorDataFormat.FormatName);
            w.Write(ActorDataFormat.FormatVersion + 1);
        }
        stream.Position = 0;
        var e = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(stream));
        Assert.Contains(ActorErrors.WrongVersion, e.Message);
        Assert.Contains($"version {ActorDataFormat.FormatVersion + 1}", e.Message);
    }

    [Fact]
    public void Refuses_a_file_of_another_kind()
    {
        using var stream = new MemoryStream("not a dictionary at all"u8.ToArray());
        var e = Assert.Throws<InvalidDataException>(() => ActorDictionary.Load(stream));
        Assert.Contains(ActorErrors.NotActorFile, e.Message);
    }

    [Fact]
    public void Round_trips_the_default_dictionary()
    {
        var data = ActorDictionary.LoadDefault().Layers[0];
        using var a = new MemoryStream();
        ActorDataFormat.Write(data, a);
        a.Position = 0;
        var again = ActorDataFormat.Read(a);
        using var b = new MemoryStream();
        ActorDataFormat.Write(again, b);
        Assert.Equal(a.ToArray(), b.ToArray());
    }
}
