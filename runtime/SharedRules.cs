// Freg rules whose source the generator also emits into projects without FregGen.Runtime (see each file's remarks).
// Their files write no accessibility, so the emitted copies are internal; here they are part of the public API.
namespace FregGen.Runtime.Resilience
{
    public static partial class FregRetryAfter
    {
    }
}

namespace FregGen.Runtime.Logging
{
    public static partial class FregLogRedactor
    {
    }
}
