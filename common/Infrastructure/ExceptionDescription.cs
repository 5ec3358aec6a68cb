using System;
using System.Linq;

namespace FregGen.Infrastructure;

/// <summary>How an unexpected exception is described in FREG000: its type, message and the frame that threw.</summary>
internal static class ExceptionDescription
{
    public static string Of(Exception exception)
    {
        var frame = exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim();
        return exception.GetType().Name + ": " + exception.Message + (frame is null ? string.Empty : " " + frame);
    }
}
