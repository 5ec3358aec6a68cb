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

        /// <summary>
        /// Forgets <paramref name="accessToken"/> for <paramref name="scope"/> because a resource server rejected it (Freg
        /// answered 401), so that the next call fetches a new one. A token other than the cached one is ignored, so many
        /// requests rejected at once cause one new token request. The default does nothing.
        /// </summary>
        /// <param name="scope">The scope the token was issued for.</param>
        /// <param name="accessToken">The token that was rejected.</param>
        void Invalidate(string scope, string accessToken)
        {
        }
    }
}
