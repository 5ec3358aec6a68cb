namespace System.Runtime.CompilerServices;

// Lets records and init-only setters compile for netstandard2.0.
internal static class IsExternalInit
{
}
