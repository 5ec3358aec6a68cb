using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace FregGen.Simulator.Maskinporten;

/// <summary>
/// Checks a JWT grant as Maskinporten does: RS256, signed by the certificate in x5c (or a registered key by kid), aud = the
/// issuer, iss = client id, exp in the future and at most 120 s after iat, a jti not seen before, and a scope.
/// </summary>
internal sealed class GrantValidator
{
    public static readonly TimeSpan MaximumGrantLifetime = TimeSpan.FromSeconds(120);

    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(10);

    private readonly JsonWebTokenHandler _handler = new();
    private readonly Func<string> _audience;
    private readonly TimeProvider _time;
    private readonly TrustedClientRegistry _clients;
    private readonly JtiReplayCache _replay;
    private readonly bool _requireRegisteredClients;

    public GrantValidator(Func<string> audience, TimeProvider time, TrustedClientRegistry clients, JtiReplayCache replay, bool requireRegisteredClients)
    {
        _audience = audience;
        _time = time;
        _clients = clients;
        _replay = replay;
        _requireRegisteredClients = requireRegisteredClients;
    }

    public async Task<GrantValidationResult> ValidateAsync(string assertion)
    {
        if (!_handler.CanReadToken(assertion))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The assertion is not a JWT.");
        }

        var jwt = _handler.ReadJsonWebToken(assertion);
        if (!string.Equals(jwt.Alg, SecurityAlgorithms.RsaSha256, StringComparison.Ordinal))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT must be signed with RS256.");
        }

        var clientId = jwt.Issuer;
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT has no iss (client_id).");
        }

        var registered = _clients.Find(clientId);
        if (registered is null && _requireRegisteredClients)
        {
            return GrantValidationResult.Fail("invalid_client", "Invalid assertion. The client is not registered.");
        }

        var key = ResolveKey(jwt, registered, out var keyError);
        if (key is null)
        {
            return GrantValidationResult.Fail(keyError!.Value.Error, keyError.Value.Description);
        }

        var audience = _audience();
        var parameters = new TokenValidationParameters
        {
            ValidateIssuer = false,
            ValidateAudience = true,
            ValidAudiences = new[] { audience, audience.TrimEnd('/') },
            ValidateLifetime = false,
            RequireExpirationTime = false,
            ValidateIssuerSigningKey = false,
            RequireSignedTokens = true,
            IssuerSigningKey = key,
            ValidAlgorithms = new[] { SecurityAlgorithms.RsaSha256 },
            TryAllIssuerSigningKeys = true,
        };
        var validation = await _handler.ValidateTokenAsync(assertion, parameters).ConfigureAwait(false);
        if (!validation.IsValid)
        {
            return validation.Exception is SecurityTokenInvalidAudienceException
                ? GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The aud claim must be the Maskinporten issuer " + audience + ".")
                : GrantValidationResult.Fail("invalid_grant", "Invalid assertion. Client authentication failed: the signature does not verify.");
        }

        var now = _time.GetUtcNow();
        if (!jwt.TryGetPayloadValue<long>("exp", out var expSeconds))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT has no exp.");
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(expSeconds);
        var issuedAt = jwt.TryGetPayloadValue<long>("iat", out var iatSeconds) ? DateTimeOffset.FromUnixTimeSeconds(iatSeconds) : (DateTimeOffset?)null;
        if (issuedAt is null)
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT has no iat.");
        }

        if (expires <= now - ClockSkew)
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT has expired.");
        }

        if (issuedAt.Value > now + ClockSkew)
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT's iat is in the future.");
        }

        if (expires - issuedAt.Value > MaximumGrantLifetime)
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT's exp may be at most 120 seconds after iat.");
        }

        var jti = jwt.Id;
        if (string.IsNullOrWhiteSpace(jti))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The JWT has no jti.");
        }

        if (!jwt.TryGetPayloadValue<string>("scope", out var scopeText) || string.IsNullOrWhiteSpace(scopeText))
        {
            return GrantValidationResult.Fail("invalid_scope", "Invalid assertion. The JWT has no scope.");
        }

        var scopes = scopeText.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (registered is { AllowedScopes.Count: > 0 } && scopes.FirstOrDefault(scope => !registered.AllowedScopes.Contains(scope)) is { } denied)
        {
            return GrantValidationResult.Fail("invalid_scope", "The client does not have access to the scope " + denied + ".");
        }

        if (!_replay.TryUse(jti, expires, now))
        {
            return GrantValidationResult.Fail("invalid_grant", "Invalid assertion. The jti has already been used.");
        }

        return new GrantValidationResult(clientId, scopes, null, null);
    }

    private SecurityKey? ResolveKey(JsonWebToken jwt, TrustedClient? registered, out (string Error, string Description)? error)
    {
        error = null;
        if (jwt.TryGetHeaderValue<List<object>>("x5c", out var chain) && chain.Count > 0 && chain[0]?.ToString() is { } first)
        {
            X509Certificate2 certificate;
            try
            {
                certificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(first));
            }
            catch (Exception exception) when (exception is FormatException or CryptographicException)
            {
                error = ("invalid_grant", "Invalid assertion. The x5c certificate cannot be read.");
                return null;
            }

            if (registered is { CertificateThumbprint: { } thumbprint } && !string.Equals(thumbprint, certificate.Thumbprint, StringComparison.OrdinalIgnoreCase))
            {
                error = ("invalid_client", "Invalid assertion. The certificate is not the one registered for the client.");
                return null;
            }

            if (registered is { CertificateThumbprint: null })
            {
                error = ("invalid_client", "Invalid assertion. The client is registered with a key; sign with it and send its kid.");
                return null;
            }

            return new X509SecurityKey(certificate);
        }

        if (!string.IsNullOrEmpty(jwt.Kid))
        {
            var byKey = registered is { KeyId: { } keyId } && keyId == jwt.Kid ? registered : _clients.FindByKeyId(jwt.Kid);
            if (byKey is null || (registered is not null && byKey != registered))
            {
                error = ("invalid_grant", "Invalid assertion. The kid is not a key registered for the client.");
                return null;
            }

            return byKey.Key;
        }

        error = ("invalid_grant", "Invalid assertion. The JWT header has neither x5c nor kid.");
        return null;
    }
}
