using System.Collections.Generic;

namespace FregGen.Simulator.Population;

/// <summary>Common Norwegian given names, middle names and surnames, and names for persons of foreign origin.</summary>
internal static class NorwegianNames
{
    public static IReadOnlyList<string> FemaleGivenNames { get; } = new[]
    {
        "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg", "Hilde", "Anna", "Solveig", "Marianne",
        "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Bente", "Heidi", "Silje", "Hanne", "Gerd", "Linda", "Tone", "Tove",
        "Elin", "Anita", "Wenche", "Ragnhild", "Camilla", "Ellen", "Karin", "Hege", "Else", "Mona", "Marte", "Nora", "Emma", "Olivia",
        "Sofie", "Ella", "Frida", "Sara", "Maja", "Thea", "Emilie", "Julie", "Vilde", "Tiril", "Amalie", "Aurora", "Hedda", "Sigrid",
    };

    public static IReadOnlyList<string> MaleGivenNames { get; } = new[]
    {
        "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje",
        "Odd", "Erik", "Martin", "Andreas", "John", "Anders", "Rune", "Trond", "Tore", "Jon", "Harald", "Kristian", "Magnus", "Espen",
        "Stian", "Eirik", "Jonas", "Henrik", "Fredrik", "Daniel", "Marius", "Sindre", "Håkon", "Emil", "Jakob", "Noah", "Oliver",
        "William", "Lucas", "Filip", "Aksel", "Isak", "Olav", "Sverre", "Even", "Vegard", "Øyvind", "Petter", "Gunnar", "Einar", "Leif",
    };

    public static IReadOnlyList<string> FemaleMiddleNames { get; } = new[] { "Marie", "Elisabeth", "Kristine", "Sofie", "Helene", "Johanne", "Louise" };

    public static IReadOnlyList<string> MaleMiddleNames { get; } = new[] { "André", "Johan", "Kristian", "Alexander", "Emil", "Magnus", "Olav" };

    public static IReadOnlyList<string> Surnames { get; } = new[]
    {
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen", "Johnsen",
        "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen",
        "Henriksen", "Lund", "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen",
        "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Rasmussen", "Lunde", "Solheim", "Berge",
        "Moe", "Nygård", "Bakke", "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Nielsen", "Knudsen", "Evensen", "Sæther",
        "Aas", "Myhre", "Haugland", "Thomassen", "Sivertsen", "Simonsen", "Danielsen", "Sandvik", "Rønning", "Arnesen", "Næss", "Vik",
        "Haug", "Ellingsen", "Thorsen", "Birkeland", "Isaksen", "Ruud", "Aasen", "Strøm", "Myklebust", "Tangen", "Ødegård", "Helland",
        "Bøe", "Aune", "Mikkelsen", "Tveit", "Brekke", "Madsen",
    };

    public static IReadOnlyList<ForeignOrigin> ForeignOrigins { get; } = new[]
    {
        new ForeignOrigin("POL", "Polen", "Gdańsk", new[] { "Anna", "Katarzyna", "Agnieszka", "Magdalena" }, new[] { "Piotr", "Tomasz", "Marcin", "Krzysztof" }, new[] { "Kowalski", "Nowak", "Wiśniewski", "Wójcik", "Kamiński" }, false),
        new ForeignOrigin("LTU", "Litauen", "Kaunas", new[] { "Ieva", "Rūta", "Greta" }, new[] { "Tomas", "Mantas", "Darius" }, new[] { "Kazlauskas", "Jankauskas", "Petrauskas" }, false),
        new ForeignOrigin("SWE", "Sverige", "Göteborg", new[] { "Karin", "Emma", "Elsa" }, new[] { "Erik", "Lars", "Johan" }, new[] { "Andersson", "Johansson", "Karlsson", "Nilsson" }, false),
        new ForeignOrigin("DEU", "Tyskland", "Hamburg", new[] { "Anna", "Lena", "Julia" }, new[] { "Lukas", "Jonas", "Felix" }, new[] { "Müller", "Schmidt", "Schneider" }, false),
        new ForeignOrigin("SOM", "Somalia", "Mogadishu", new[] { "Fadumo", "Hodan", "Amina" }, new[] { "Ahmed", "Abdi", "Mohamed" }, new[] { "Mohamed", "Ali", "Hassan", "Abdullahi" }, true),
        new ForeignOrigin("SYR", "Syria", "Aleppo", new[] { "Rama", "Lina", "Nour" }, new[] { "Mohammad", "Omar", "Khaled" }, new[] { "Alahmad", "Alhussein", "Haddad" }, true),
        new ForeignOrigin("PHL", "Filippinene", "Cebu", new[] { "Maria", "Rosalie", "Joy" }, new[] { "Jose", "Mark", "Paolo" }, new[] { "Santos", "Reyes", "Cruz" }, true),
        new ForeignOrigin("ERI", "Eritrea", "Asmara", new[] { "Helen", "Senait", "Ruth" }, new[] { "Yonas", "Daniel", "Filmon" }, new[] { "Tesfay", "Berhane", "Kidane" }, true),
    };
}
