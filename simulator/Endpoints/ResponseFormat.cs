namespace FregGen.Simulator.Endpoints;

/// <summary>What an operation answers with: JSON (the simulator serves no XML bodies), XML text (XSDs), or a bare sequence number.</summary>
internal enum ResponseFormat
{
    Json,
    Xsd,
    SequenceNumber,
}
