using System.Text.Json;
using System.Text.Json.Nodes;
using FregGen.Catalogue;
using FregGen.Simulator.Freg;
using FregGen.Simulator.Freg.Hendelse;

namespace FregGen.Simulator.Feed;

/// <summary>
/// A feed entry as a package sees it, in the package's feed shape (catalogue <c>feed.shape</c>): the full entry for
/// offentlig med hjemmel, no document ids in a thin feed, and no identifier for a package without identifikasjonsnummer.
/// </summary>
internal static class FeedEntryRenderer
{
    public static JsonNode Render(FeedEntry entry, RightsPackage package)
    {
        var feed = package.Feed;
        var model = new LagretHendelseMedDokumentIdentifikatorer
        {
            Sekvensnummer = entry.Sekvensnummer,
            Hendelse = new HendelseMedDokumentIdentifikatorer
            {
                Ajourholdstidspunkt = feed.Carries(FeedRules.Ajourholdstidspunkt) ? entry.Event.Ajourholdstidspunkt : null,
                Folkeregisteridentifikator = package.FeedCarriesIdentifier ? entry.Event.Folkeregisteridentifikator : null,
                Hendelsetype = feed.Carries(FeedRules.Hendelsetype) ? entry.Hendelsetype : null,
                Hendelsesdokument = feed.Carries(FeedRules.Hendelsesdokument) ? entry.Event.Hendelsesdokument : null,
                Persondokument = feed.Carries(FeedRules.Persondokument) ? entry.Event.Persondokument.DocumentId : null,
            },
        };
        return JsonSerializer.SerializeToNode(model, FregJsonContext.GetTypeInfo<LagretHendelseMedDokumentIdentifikatorer>())!;
    }
}
