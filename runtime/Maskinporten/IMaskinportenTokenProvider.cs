using System.Threading;
using System.Threading.Tasks;

namespace FregGen.Runtime.Maskinporten
{
    /// <summary>Gives Maskinporten access tokens, for example for <c>folkeregister:deling/offentligmedhjemmel</c>.</summary>
    public interface IMaskinportenTokenProvider
    {
        /// <summary>Returns a valid access token for <paramref name="scope"/>, from the cache when it is fresh enough.</summary>
        /// <param name="scope">One scope, or several separated by spaces.</param>
        /// <param name="cancellationToken">Stops waiting for the token (a shared in-flight request goes on for other callers).</param>
        /// <returns>The access token, to be sent as <c>Authorization: Bearer</c>.</returns>
        /// <exception cref="MaskinportenException">Maskinporten refused the grant or could not be reached.</exception>
        ValueTask<string> GetAccessTokenAsync(string scope, CancellationToken cancellationToken = default);
    }
}
