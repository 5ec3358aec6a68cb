using System;
using System.Net.Http;
using FregGen.Client.Tests.Freg;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FregGen.Client.Tests;

/// <summary>The generated AddFregClient registers the typed client for the package's base address and validates the options.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void The_typed_client_gets_the_package_base_address_in_the_chosen_environment()
    {
        using var provider = Services(options => options.Environment = FregEnvironment.Konsumenttest);

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(FregClient));

        Assert.NotNull(provider.GetRequiredService<FregClient>());
        Assert.Equal("https://folkeregisteret-api-konsument.sits.no/folkeregisteret/offentlig-med-hjemmel/api/", http.BaseAddress!.AbsoluteUri);
    }

    [Fact]
    public void A_loopback_root_may_use_plain_HTTP()
    {
        using var provider = Services(options => options.BaseAddress = new Uri("http://127.0.0.1:5080"));

        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(FregClient));

        Assert.Equal("http://127.0.0.1:5080/folkeregisteret/offentlig-med-hjemmel/api/", http.BaseAddress!.AbsoluteUri);
    }

    [Theory]
    [InlineData("http://freg.example.no/", false)]
    [InlineData("https://freg.example.no/", true)]
    public void Plain_HTTP_to_anything_but_loopback_and_ambiguous_options_are_refused(string root, bool alsoEnvironment)
    {
        using var provider = Services(options =>
        {
            options.BaseAddress = new Uri(root);
            options.Environment = alsoEnvironment ? FregEnvironment.Produksjon : null;
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<FregClient>());
    }

    private static ServiceProvider Services(Action<FregClientOptions> configure)
    {
        var services = new ServiceCollection();
        services.AddFregClient(configure);
        return services.BuildServiceProvider();
    }
}
