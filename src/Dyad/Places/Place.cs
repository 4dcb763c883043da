using Dyad.Documents;

namespace Dyad.Places;

/// <summary>What kind of place a gazetteer entry is.</summary>
public enum PlaceKind
{
    /// <summary>A sovereign state or territory with an ISO 3166-1 code.</summary>
    Country,
    /// <summary>A first-level administrative division (state, province, region, oblast …).</summary>
    Admin1,
    /// <summary>A national capital.</summary>
    Capital,
    /// <summary>Any other populated place in the gazetteer.</summary>
    City,
}

/// <summary>One gazetteer entry.</summary>
/// <param name="Id">Gazetteer id: the GeoNames id for towns, <c>iso:RUS</c> for countries, <c>adm1:US.TX</c> for divisions.</param>
/// <param name="Name">The name the gazetteer knows it by.</param>
/// <param name="Kind">Country, division, capital or city.</param>
/// <param name="Country">ISO 3166-1 alpha-3 code of the country it lies in (or is).</param>
/// <param name="Admin1">GeoNames first-level division code (<c>US.TX</c>) it lies in, or empty.</param>
/// <param name="Feature">GeoNames feature code (<c>PPLC</c>, <c>PPLA</c> …), <c>ADM1</c> for divisions, empty for countries.</param>
/// <param name="Population">Population (for countries and divisions: the sum of their towns of 1,000 or more).</param>
/// <param name="Lat">Latitude in degrees.</param>
/// <param name="Lon">Longitude in degrees.</param>
public sealed record Place(string Id, string Name, PlaceKind Kind, string Country, string Admin1, string Feature, long Population, double Lat, double Lon)
{
    /// <summary>Whether the place is a town (city or capital) rather than an area.</summary>
    public bool IsTown => Kind is PlaceKind.City or PlaceKind.Capital;

    /// <summary>The place as an event location (coordinates rounded to 1e-4 degrees, about 11 m).</summary>
    public EventLocation ToLocation() => new(Name, Country, Math.Round(Lat, 4), Math.Round(Lon, 4), Id);

    /// <summary>Whether this place lies within <paramref name="area"/> (its country or division) or is it.</summary>
    public bool IsWithin(Place area) =>
        ReferenceEquals(this, area) || Id == area.Id
        || (area.Kind == PlaceKind.Country && Country == area.Country)
        || (area.Kind == PlaceKind.Admin1 && Admin1.Length > 0 && "adm1:" + Admin1 == area.Id);

    /// <inheritdoc/>
    public override string ToString() => $"{Name} ({Kind}, {Country}{(Admin1.Length > 0 ? " " + Admin1 : "")}, pop {Population:N0}, {Lat:0.##},{Lon:0.##}) [{Id}]";
}
