using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography.X509Certificates;
using System.Threading;
using System.Threading.Tasks;
using FregGen.Simulator.Faults;
using FregGen.Simulator.Feed;
using FregGen.Simulator.Hosting;
using FregGen.Simulator.Maskinporten;
using FregGen.Simulator.State;
using FregGen.Simulator.Population;
using FregGen.Simulator.Rights;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Simulator;

/// <summary>
/// A local Folkeregisteret for integration tests: every operation of the spec for all nine rights packages, a fake
/// Maskinporten, a deterministic synthetic population with history, a feed with per-package sequence numbers, and fault
/// injection. Start it with <see cref="StartAsync"/>; it listens on 127.0.0.1 until disposed.
/// </summary>
public sealed class FregSimulator : IAsyncDisposable
{
    private readonly SimulatorState _state;
    private WebApplication? _app;

    private FregSimulator(SimulatorState state) => _state = state;

    /// <summary>The root under which the package paths live, e.g. http://127.0.0.1:5123/.</summary>
    public Uri BaseAddress => _state.BaseAddress;

    /// <summary>The fake Maskinporten token endpoint ({BaseAddress}maskinporten/token).</summary>
    public Uri TokenEndpoint => new(BaseAddress, "maskinporten/token");

    /// <summary>The issuer a grant's aud must name ({BaseAddress}maskinporten/).</summary>
    public Uri MaskinportenAudience => new(_state.MaskinportenIssuer);

    /// <summary>The admin endpoints ({BaseAddress}admin/): status, faults, events, persons.</summary>
    public Uri AdminAddress => new(BaseAddress, "admin/");

    public FregSimulatorFaults Faults => _state.Faults;

    /// <summary>Access tokens issued so far.</summary>
    public int TokensIssued => _state.Tokens.Issued;

    /// <summary>The ids of the nine rights packages, as in the catalogue.</summary>
    public IReadOnlyList<string> RightsPackages => _state.Catalogue.Packages.Select(p => p.Id).ToList();

    /// <summary>The current fødselsnummer or d-nummer of every person, in the population's stable order.</summary>
    /// <summary>
    /// The simulator's full (offentlig-med-hjemmel) document of a person, as ground truth for tests and demos — a copy
    /// made by serialising and reading it back, so changing it changes nothing in the simulator. Null for an unknown id.
    /// </summary>
    public FregGen.Simulator.Freg.Person.Folkeregisterperson? GetPersonDocument(string identifier)
    {
        lock (_state.Sync)
        {
            var person = _state.Registry.FindByIdentifier(identifier);
            if (person is null)
            {
                return null;
            }

            var info = FregGen.Simulator.Freg.FregJsonContext.GetTypeInfo<FregGen.Simulator.Freg.Person.Folkeregisterperson>();
            return System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(person.Document, info), info);
        }
    }

    public IReadOnlyList<string> PersonIdentifiers
    {
        get
        {
            lock (_state.Sync)
            {
                return _state.Registry.Persons.Select(p => p.Identifier).ToArray();
            }
        }
    }

    /// <summary>The last sequence number of the offentlig-med-hjemmel feed, which carries every event.</summary>
    public long LastSequenceNumber => GetLastSequenceNumber(SimulatorCatalogue.SupersetPackageId);

    public static async Task<FregSimulator> StartAsync(FregSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FregSimulatorOptions();
        var state = await Task.Run(() => SimulatorState.Create(options), cancellationToken).ConfigureAwait(false);
        var simulator = new FregSimulator(state);
        try
        {
            var app = SimulatorApplication.Build(state, _ => simulator);
            simulator._app = app;
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            state.BaseAddress = new Uri(address.TrimEnd('/') + "/");
            return simulator;
        }
        catch
        {
            await simulator.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>The package's API root, e.g. {BaseAddress}folkeregisteret/api/privat/ (operations are under v1/).</summary>
    public Uri GetPackageAddress(string rightsPackage) => new(BaseAddress, _state.Catalogue.Find(rightsPackage).UrlPathSegment + "/");

    /// <summary>The package's Maskinporten scope.</summary>
    public string GetScope(string rightsPackage) => _state.Catalogue.Find(rightsPackage).PrimaryScope;

    public long GetLastSequenceNumber(string rightsPackage)
    {
        _state.Catalogue.Find(rightsPackage);
        lock (_state.Sync)
        {
            return _state.Log.Feed(rightsPackage).LastSequenceNumber;
        }
    }

    /// <summary>The lowest sequence number the package's feed still serves (see <see cref="FregSimulatorOptions.RetentionStart"/>).</summary>
    public long GetFirstRetainedSequenceNumber(string rightsPackage)
    {
        _state.Catalogue.Find(rightsPackage);
        lock (_state.Sync)
        {
            return _state.Log.Feed(rightsPackage).FirstRetainedSequenceNumber;
        }
    }

    /// <summary>
    /// Makes a register change of the given type to a person now and publishes its events. Supported types: personErOpprettet
    /// (a child of this person is born), personErOppdatert, personErDoed, personErUtflyttet, personErBosatt (a d-number holder
    /// settles), endringIBostedsadresse, endringIOppholdsadresse, endringIKontaktinformasjon, endringINavn, endringISivilstand,
    /// endringIStatsborgerskap, endringIAdressebeskyttelse, endringIIdentitetsgrunnlag, endringIInnflytting, endringIVergemaal.
    /// Returns the first event (a change can publish several, e.g. for a spouse).
    /// </summary>
    public FregSimulatorEvent AppendEvent(string personIdentifier, string hendelsetype)
    {
        ArgumentNullException.ThrowIfNull(personIdentifier);
        ArgumentNullException.ThrowIfNull(hendelsetype);
        if (!PersonMutations.SupportedTypes.Contains(hendelsetype))
        {
            throw new ArgumentException("The simulator cannot append '" + hendelsetype + "'. Supported: " + string.Join(", ", PersonMutations.SupportedTypes) + ".", nameof(hendelsetype));
        }

        lock (_state.Sync)
        {
            var person = _state.Registry.FindByIdentifier(personIdentifier)
                ?? throw new ArgumentException("No person in the simulator has that identity number.", nameof(personIdentifier));
            var recorded = _state.Events.Append(person, hendelsetype, _state.NextEventTime())
                ?? throw new InvalidOperationException("The person is not eligible for " + hendelsetype + " (e.g. dead, abroad, a minor, or already in that state).");
            return Describe(recorded[0]);
        }
    }

    /// <summary>Appends <paramref name="count"/> random register changes now (deterministic for a given seed and call sequence).</summary>
    public IReadOnlyList<FregSimulatorEvent> AppendRandomEvents(int count)
    {
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), "Append at least one event.");
        }

        lock (_state.Sync)
        {
            var events = new List<FregSimulatorEvent>();
            for (var i = 0; i < count; i++)
            {
                events.AddRange(_state.Events.AppendRandom(_state.NextEventTime()).Select(Describe));
            }

            return events;
        }
    }

    /// <summary>Registers a Maskinporten client that signs with a certificate (sent in x5c); empty <paramref name="allowedScopes"/> allows any scope.</summary>
    public void RegisterClient(string clientId, X509Certificate2 certificate, params string[] allowedScopes)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        _state.Clients.Register(new TrustedClient(clientId, new X509SecurityKey(certificate), certificate.Thumbprint, null, new HashSet<string>(allowedScopes, StringComparer.Ordinal)));
    }

    /// <summary>Registers a Maskinporten client that signs with a key identified by its kid (the JWK must carry kid and the public RSA parameters).</summary>
    public void RegisterClient(string clientId, JsonWebKey key, params string[] allowedScopes)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (string.IsNullOrEmpty(key.Kid))
        {
            throw new ArgumentException("The key needs a kid.", nameof(key));
        }

        _state.Clients.Register(new TrustedClient(clientId, key, null, key.Kid, new HashSet<string>(allowedScopes, StringComparer.Ordinal)));
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            _app = null;
            await app.StopAsync().ConfigureAwait(false);
            await app.DisposeAsync().ConfigureAwait(false);
        }

        _state.Dispose();
    }

    private FregSimulatorEvent Describe(RegisterEvent registerEvent)
        => new(
            _state.Log.Feed(SimulatorCatalogue.SupersetPackageId).SequenceOf(registerEvent) ?? 0,
            registerEvent.Hendelsestype,
            registerEvent.Folkeregisteridentifikator,
            registerEvent.Ajourholdstidspunkt,
            registerEvent.Persondokument.DocumentId,
            registerEvent.Hendelsesdokument);
}
