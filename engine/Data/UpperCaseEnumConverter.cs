using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Flowserv.Engine.Data;

/// <summary>Stores enums as flowServ's upper-case codes (<c>SUCCESS</c>), readable in SQL.</summary>
internal sealed class UpperCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => value.ToString().ToUpperInvariant(),
    value => Enum.Parse<TEnum>(value, true))
    where TEnum : struct, Enum;
