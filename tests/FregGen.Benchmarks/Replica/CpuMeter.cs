using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Npgsql;

namespace FregGen.Benchmarks.Replica;

/// <summary>
/// CPU time spent by this process (the replica and the in-process simulator) and by the PostgreSQL server (its postmaster,
/// the children it has reaped, and its live backends), from /proc. Less disturbed than wall time when other work
/// competes for the machine's cores.
/// </summary>
public sealed class CpuMeter
{
    private static readonly double TicksPerSecond = 100;

    private readonly int? _postmaster;

    private CpuMeter(int? postmaster) => _postmaster = postmaster;

    public static async Task<CpuMeter> CreateAsync(string postgres)
    {
        await using var connection = new NpgsqlConnection(postgres);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_backend_pid()", connection);
        var backend = (int)(await command.ExecuteScalarAsync())!;
        return new CpuMeter(Stat(backend) is { } stat ? stat.ParentId : null);
    }

    /// <summary>Whether the server's processes can be read (it runs on this machine, and /proc is there).</summary>
    public bool SeesServer => _postmaster is not null && Stat(_postmaster.Value) is not null;

    public TimeSpan Process => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;

    public TimeSpan Server
    {
        get
        {
            if (_postmaster is not { } postmaster || Stat(postmaster) is not { } main)
            {
                return TimeSpan.Zero;
            }

            var ticks = main.Own + main.Children;
            foreach (var folder in Directory.EnumerateDirectories("/proc"))
            {
                if (int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && pid != postmaster && Stat(pid) is { } child && child.ParentId == postmaster)
                {
                    ticks += child.Own;
                }
            }

            return TimeSpan.FromSeconds(ticks / TicksPerSecond);
        }
    }

    /// <summary>utime + stime, cutime + cstime and the parent of a process, or null when it is gone.</summary>
    private static (int ParentId, long Own, long Children)? Stat(int pid)
    {
        try
        {
            var text = File.ReadAllText("/proc/" + pid.ToString(CultureInfo.InvariantCulture) + "/stat");
            var fields = text.Substring(text.LastIndexOf(')') + 2).Split(' ');

            // After "pid (comm) ": state ppid ... utime(12th here) stime cutime cstime.
            long Field(int index) => long.Parse(fields[index], CultureInfo.InvariantCulture);
            return ((int)Field(1), Field(11) + Field(12), Field(13) + Field(14));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
