namespace FregGen.Replica
{
    /// <summary>
    /// What the replica does with the addresses of a person with address protection (adressebeskyttelse
    /// <c>fortrolig</c> or <c>strengtFortrolig</c>, or an address graded other than <c>ugradert</c>). Freg decides per
    /// rights package what it delivers; this decides what of that the replica keeps.
    /// </summary>
    public enum FregAddressProtectionPolicy
    {
        /// <summary>Store the person without the address properties and without the kommune column (the default: data minimisation).</summary>
        Drop,

        /// <summary>
        /// Keep the address properties apart, in the store's sealed-address table, and leave them and the kommune out of
        /// the person row, so that access to persons does not give access to protected addresses.
        /// </summary>
        KeepSealed,

        /// <summary>Store the document as Freg delivered it.</summary>
        Keep,
    }
}
