using System;
using System.Globalization;
using System.Threading.Tasks;
using Npgsql;

namespace FregGen.Replica.Tests.Infrastructure;

/// <summary>
/// A test that needs the real PostgreSQL server whose connection string is in FREGGEN_TEST_POSTGRES (.ci/run starts a
/// throwaway cluster and sets it). Without it the test is skipped locally, and fails in CI (CI=true): a PostgreSQL test
/// that silently does not run proves nothing.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (Postgres.ConnectionString is null && !Postgres.RequiredByCi)
        {
            Skip = "No PostgreSQL server: set " + Postgres.Variable + " (bash .ci/with-postgres runs a command with a throwaway server).";
        }
    }
}

public static class Postgres
{
    public const string Variable = "FREGGEN_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The server's connection string; in CI without one, a failure that says what is missing.</summary>
    public static string Require()
        => ConnectionString ?? throw new InvalidOperationException("CI=true but " + Variable + " is not set: the PostgreSQL tests must run against a real server (.ci/run starts one).");

    /// <summary>A fresh schema name for one test; the schema is dropped when the returned scope is disposed.</summary>
    public static SchemaScope NewSchema() => new(Require(), "t_" + Guid.NewGuid().ToString("N").Substring(0, 16));

    public sealed class SchemaScope : IAsyncDisposable
    {
        public SchemaScope(string connectionString, string schema)
        {
            ConnectionString = connectionString;
            Schema = schema;
        }

        public string ConnectionString { get; }

        public string Schema { get; }

        public async Task<long> ScalarAsync(string sql)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql.Replace("{schema}", "\"" + Schema + "\"", StringComparison.Ordinal), connection);
            return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }

        public async ValueTask DisposeAsync()
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("DROP SCHEMA IF EXISTS \"" + Schema + "\" CASCADE", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
