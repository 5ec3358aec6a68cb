using System;
using System.IO;
using System.Text;

namespace FregGen.Tasks.Report;

/// <summary>Writing and removing the report files the build keeps next to its output (UTF-8 without BOM).</summary>
internal static class ReportFile
{
    /// <summary>Writes <paramref name="content"/>; an unchanged file keeps its content but is marked as made now, so the next build can skip the work.</summary>
    public static void WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path, Encoding.UTF8), content, StringComparison.Ordinal))
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
            return;
        }

        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(path, content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    }

    public static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    /// <summary>The file was written after the log, by this version of the task (an incremental build that did not compile).</summary>
    public static bool IsNewerThan(string path, string log)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        var logWritten = File.GetLastWriteTimeUtc(log);
        return File.GetLastWriteTimeUtc(path) >= logWritten && File.GetLastWriteTimeUtc(typeof(ReportFile).Assembly.Location) <= logWritten;
    }
}
