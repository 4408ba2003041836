namespace MpoProbe.Tests.Gate
{
    /// <summary>What the nanoFramework 1.x device toolchain or runtime rejects.</summary>
    public enum GateRule
    {
        GenericDeclared,
        GenericUsed,
        Linq,
        AsyncAwait,
        Tuple,
        NullableValueType,
        Record,
        RangeOrIndex,
        MultiDimensionalArray,
        DateTimeNow,
        StringJoin,
        EnumGetValues,
        EnumToStringForText,
        NotInAllowlist,
        UnfilledReferenceArray,
        StaticInitOrder,
        NonFiniteValue,
    }
}
