namespace FregGen.Runtime.Tests.Feed;

/// <summary>Where the crash-resume test injects failures.</summary>
internal enum FailurePoint
{
    LoadCheckpoint,
    Fetch,
    HandlerBeforeWork,
    HandlerAfterWork,
    SaveBeforeWrite,
    SaveAfterWrite,
}
