namespace FregGen.Simulator.Hosting;

internal static class Program
{
    public static int Main()
    {
        var person = new FregGen.Simulator.Freg.Person.Folkeregisterperson();
        var catalogue = FregGen.Catalogue.EmbeddedCatalogue.File;
        System.Console.WriteLine(person.GetType().Name + catalogue.Packages.Count);
        return 0;
    }
}
