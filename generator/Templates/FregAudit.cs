namespace FregGenTemplateNamespace
{
    /// <summary>What kind of lookup an audit record is about.</summary>
    public enum FregLookupKind
    {
        /// <summary>One person by fødselsnummer or d-nummer.</summary>
        Lookup,

        /// <summary>Many persons by fødselsnummer or d-nummer (bulkoppslag).</summary>
        BulkLookup,

        /// <summary>A search by name, birth date, address (soek, entydigsoek): the persons concerned are those found.</summary>
        Search,

        /// <summary>One archived person document by document id.</summary>
        ArchiveLookup,

        /// <summary>Many archived person documents by document id.</summary>
        ArchiveBulkLookup,

        /// <summary>One event document by id.</summary>
        EventLookup,

        /// <summary>Many event documents by id.</summary>
        EventBulkLookup,
    }

    /// <summary>What the identifiers of an audit record are.</summary>
    public enum FregAuditIdentifierKind
    {
        /// <summary>Fødselsnumre or d-numre.</summary>
        IdentityNumber,

        /// <summary>Freg's document ids (archived person documents, event documents).</summary>
        DocumentId,
    }

    /// <summary>
    /// Records each lookup in Freg, so the application can answer "who looked up whom, when and why" — Skatteetaten logs
    /// that the organisation looked someone up, but the data subject's right of access (innsyn, GDPR art. 15) to who inside
    /// the organisation did it, and for what purpose, is the consumer's to answer. Register an implementation in DI (the
    /// generated AddFregClient passes it to the client) or give it to the FregClient constructor.
    /// </summary>
    /// <remarks>
    /// The client calls <see cref="RecordAsync"/> once per request to Freg for lookups, bulk lookups (once per batch of
    /// 1000), searches, archive reads and event-document reads, after Freg answered and before the answer reaches the
    /// caller. If it throws, the lookup fails with <see cref="FregLookupAuditException"/> and the answer is withheld (set
    /// <see cref="FregAuditOptions.FailLookupOnAuditFailure"/> to false to let the answer through). The record holds the
    /// identifiers as sent or found: store them raw, hashed (<see cref="FregLookupAuditRecord.HashIdentifiers"/>) or not at all.
    /// </remarks>
    public interface IFregLookupAuditor
    {
        /// <summary>Writes the record, for example to the application's audit log.</summary>
        /// <param name="record">The lookup.</param>
        /// <param name="cancellationToken">The caller's cancellation.</param>
        global::System.Threading.Tasks.ValueTask RecordAsync(FregLookupAuditRecord record, global::System.Threading.CancellationToken cancellationToken);
    }

    /// <summary>One lookup in Freg, for the application's audit log. <see cref="ToString"/> never shows the identifiers.</summary>
    public sealed class FregLookupAuditRecord
    {
        internal FregLookupAuditRecord(
            string operationId,
            FregLookupKind kind,
            string routeTemplate,
            global::System.DateTimeOffset timestamp,
            FregLookupContext? context,
            string? caller,
            FregAuditIdentifierKind identifierKind,
            global::System.Collections.Generic.IReadOnlyList<string> identifiers,
            int personCount,
            global::System.Collections.Generic.IReadOnlyList<string> parts,
            int statusCode,
            string? traceId)
        {
            OperationId = operationId;
            Kind = kind;
            RouteTemplate = routeTemplate;
            Timestamp = timestamp;
            Purpose = context?.Purpose;
            LegalBasis = context?.LegalBasis;
            Caller = caller;
            IdentifierKind = identifierKind;
            Identifiers = identifiers;
            PersonCount = personCount;
            Parts = parts;
            StatusCode = statusCode;
            TraceId = traceId;
        }

        /// <summary>The spec's operationId, for example <c>hentSisteVersjonAvPerson</c>.</summary>
        public string OperationId { get; }

        /// <summary>What kind of lookup it was.</summary>
        public FregLookupKind Kind { get; }

        /// <summary>The rights package the lookup was made under.</summary>
        public string RightsPackage => FregClient.RettighetspakkeId;

        /// <summary>The request's route template (never the path with its values).</summary>
        public string RouteTemplate { get; }

        /// <summary>When Freg answered (UTC).</summary>
        public global::System.DateTimeOffset Timestamp { get; }

        /// <summary>The purpose of the lookup, from <see cref="FregLookupContext"/>.</summary>
        public string? Purpose { get; }

        /// <summary>The legal basis (hjemmel) the lookup relies on, from <see cref="FregLookupContext"/>.</summary>
        public string? LegalBasis { get; }

        /// <summary>Who asked: <see cref="FregLookupContext.Caller"/>, else the name of the ambient <c>Thread.CurrentPrincipal</c>.</summary>
        public string? Caller { get; }

        /// <summary>What <see cref="Identifiers"/> are.</summary>
        public FregAuditIdentifierKind IdentifierKind { get; }

        /// <summary>
        /// The persons or documents concerned: the identifiers the lookup asked for, or for a search the identity numbers
        /// Freg answered with. Store them as your policy says: raw, hashed or not at all.
        /// </summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Identifiers { get; }

        /// <summary>How many persons or documents the lookup concerned.</summary>
        public int PersonCount { get; }

        /// <summary>The <c>part</c> values asked for (none: person-basis).</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> Parts { get; }

        /// <summary>Freg's HTTP status: 200, or the error status when Freg refused or found nothing.</summary>
        public int StatusCode { get; }

        /// <summary>The W3C trace id of the lookup's span, to find it in traces.</summary>
        public string? TraceId { get; }

        /// <summary>
        /// The identifiers as HMAC-SHA256 with the application's secret key, in hex: a stable pseudonym that lets the audit
        /// log be searched for a person (hash the number the same way) without storing the number. A plain hash is not
        /// enough: there are few enough fødselsnumre to try them all.
        /// </summary>
        /// <param name="key">A secret key of at least 32 bytes, kept outside the audit log.</param>
        public global::System.Collections.Generic.IReadOnlyList<string> HashIdentifiers(byte[] key)
        {
            global::System.ArgumentNullException.ThrowIfNull(key);
            if (key.Length < 32)
            {
                throw new global::System.ArgumentException("The key must be at least 32 bytes.", nameof(key));
            }

            var hashes = new string[Identifiers.Count];
            for (var i = 0; i < hashes.Length; i++)
            {
                hashes[i] = global::System.Convert.ToHexString(global::System.Security.Cryptography.HMACSHA256.HashData(key, global::System.Text.Encoding.UTF8.GetBytes(Identifiers[i])));
            }

            return hashes;
        }

        /// <inheritdoc />
        public override string ToString()
            => OperationId + " (" + Kind + ") of " + PersonCount.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + " under " + RightsPackage
                + ": HTTP " + StatusCode.ToString(global::System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>How the client treats the audit hook.</summary>
    public sealed class FregAuditOptions
    {
        /// <summary>
        /// Whether a failing auditor fails the lookup (<see cref="FregLookupAuditException"/>, the answer withheld). Default
        /// true: no lookup reaches the application without a record.
        /// </summary>
        public bool FailLookupOnAuditFailure { get; set; } = true;

        /// <summary>Whether a lookup without a <see cref="FregLookupContext"/> purpose is refused before it is sent. Default false.</summary>
        public bool RequirePurpose { get; set; }
    }

    /// <summary>
    /// The purpose, legal basis and caller of the lookups made in a scope, for the audit hook; flows with async calls.
    /// <code>using (FregLookupContext.Begin("saksbehandling", legalBasis: "folkeregisterloven § 10-2", caller: user.Identity.Name)) { ... }</code>
    /// </summary>
    public sealed class FregLookupContext
    {
        private static readonly global::System.Threading.AsyncLocal<FregLookupContext?> Ambient = new();

        /// <summary>Creates a context.</summary>
        public FregLookupContext(string purpose, string? legalBasis = null, string? caller = null)
        {
            global::System.ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
            Purpose = purpose;
            LegalBasis = legalBasis;
            Caller = caller;
        }

        /// <summary>The context of the current async flow, if any.</summary>
        public static FregLookupContext? Current => Ambient.Value;

        /// <summary>Why the lookups are made (a purpose tag of the application's own choosing).</summary>
        public string Purpose { get; }

        /// <summary>The legal basis (hjemmel) the lookups rely on.</summary>
        public string? LegalBasis { get; }

        /// <summary>Who makes the lookups: a user or system identity.</summary>
        public string? Caller { get; }

        /// <summary>Makes a context current until the returned scope is disposed.</summary>
        public static global::System.IDisposable Begin(string purpose, string? legalBasis = null, string? caller = null)
            => new Scope(new FregLookupContext(purpose, legalBasis, caller));

        private sealed class Scope : global::System.IDisposable
        {
            private readonly FregLookupContext? _previous;

            public Scope(FregLookupContext context)
            {
                _previous = Ambient.Value;
                Ambient.Value = context;
            }

            public void Dispose() => Ambient.Value = _previous;
        }
    }

    /// <summary>The lookup audit hook failed (or a required purpose was missing); the answer was not handed to the caller.</summary>
    public sealed class FregLookupAuditException : global::System.Exception
    {
        /// <summary>Creates the exception.</summary>
        public FregLookupAuditException(string operationId, string message, global::System.Exception? innerException = null)
            : base(message, innerException)
        {
            OperationId = operationId;
        }

        /// <summary>The operation whose audit failed.</summary>
        public string OperationId { get; }
    }

    /// <summary>The client's auditor and how it is treated.</summary>
    internal sealed class FregAudit
    {
        public FregAudit(IFregLookupAuditor auditor, FregAuditOptions? options)
        {
            Auditor = auditor;
            Options = options ?? new FregAuditOptions();
        }

        public IFregLookupAuditor Auditor { get; }

        public FregAuditOptions Options { get; }

        /// <summary>The identity numbers of a search answer's list of ids.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<string> IdentifiersOf(global::System.Collections.Generic.IReadOnlyList<string>? values)
            => values ?? (global::System.Collections.Generic.IReadOnlyList<string>)global::System.Array.Empty<string>();

        /// <summary>The identity numbers of a search answer's list of identity objects.</summary>
        public static global::System.Collections.Generic.IReadOnlyList<string> IdentifiersOf<T>(global::System.Collections.Generic.IReadOnlyList<T>? items, global::System.Func<T, string?> number)
        {
            if (items is null || items.Count == 0)
            {
                return global::System.Array.Empty<string>();
            }

            var numbers = new global::System.Collections.Generic.List<string>(items.Count);
            foreach (var item in items)
            {
                if (number(item) is { Length: > 0 } value && !numbers.Contains(value))
                {
                    numbers.Add(value);
                }
            }

            return numbers;
        }

        /// <summary>Refuses a lookup without a purpose, when the options require one; before anything is sent.</summary>
        public static void CheckPurpose(FregCall call)
        {
            if (call.Operation.LookupKind is not null && call.Audit is { Options.RequirePurpose: true } && FregLookupContext.Current is null)
            {
                throw new FregLookupAuditException(call.Operation.OperationId, "The lookup " + call.Operation.OperationId + " needs a purpose: make it inside FregLookupContext.Begin(...) (FregAuditOptions.RequirePurpose).");
            }
        }

        /// <summary>How many persons or documents a lookup concerned.</summary>
        public static int PersonCount(FregCall call, global::System.Collections.Generic.IReadOnlyList<string>? found)
            => call.Identifiers is { } asked ? asked.Count : call.Operation.AnswerIsOnePerson ? 1 : found?.Count ?? 0;

        /// <summary>Records an answered lookup. A failure fails the lookup unless the options say otherwise.</summary>
        public static async global::System.Threading.Tasks.ValueTask RecordAsync(FregCall call, FregOperationTelemetry telemetry, int statusCode, global::System.Collections.Generic.IReadOnlyList<string>? found, global::System.Threading.CancellationToken cancellationToken)
        {
            if (call.Operation.LookupKind is not { } kind)
            {
                return;
            }

            if (statusCode is >= 200 and < 300)
            {
                telemetry.LookedUp(PersonCount(call, found));
            }

            if (call.Audit is not { } audit)
            {
                return;
            }

            try
            {
                await audit.Auditor.RecordAsync(Record(call, kind, statusCode, found), cancellationToken).ConfigureAwait(false);
            }
            catch (global::System.Exception exception) when (!(exception is global::System.OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                FregTelemetry.AuditFailures.Add(
                    1,
                    new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.OperationId, call.Operation.OperationId),
                    new global::System.Collections.Generic.KeyValuePair<string, object?>(FregTelemetry.Tags.ErrorType, exception.GetType().FullName));
                if (audit.Options.FailLookupOnAuditFailure && statusCode is >= 200 and < 300)
                {
                    throw new FregLookupAuditException(call.Operation.OperationId, "The audit record of " + call.Operation.OperationId + " could not be written, so Freg's answer was withheld (FregAuditOptions.FailLookupOnAuditFailure).", exception);
                }
            }
        }

        private static FregLookupAuditRecord Record(FregCall call, FregLookupKind kind, int statusCode, global::System.Collections.Generic.IReadOnlyList<string>? found)
        {
            var context = FregLookupContext.Current;
            var parts = new global::System.Collections.Generic.List<string>();
            if (call.Parts is { } requested)
            {
                foreach (var part in requested)
                {
                    if (part.Value.Length > 0 && !parts.Contains(part.Value))
                    {
                        parts.Add(part.Value);
                    }
                }
            }

            return new FregLookupAuditRecord(
                call.Operation.OperationId,
                kind,
                FregHttp.RouteTemplate(call.HttpClient.BaseAddress, call.Operation.PathTemplate),
                global::System.DateTimeOffset.UtcNow,
                context,
                context?.Caller ?? global::System.Threading.Thread.CurrentPrincipal?.Identity?.Name,
                call.Identifiers is null ? FregAuditIdentifierKind.IdentityNumber : call.Operation.IdentifierKind,
                call.Identifiers ?? found ?? global::System.Array.Empty<string>(),
                PersonCount(call, found),
                parts,
                statusCode,
                global::System.Diagnostics.Activity.Current?.TraceId.ToHexString());
        }
    }
}
