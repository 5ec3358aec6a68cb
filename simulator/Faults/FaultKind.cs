namespace FregGen.Simulator.Faults;

internal enum FaultKind
{
    TooManyRequests,
    Status,
    Delay,
}
