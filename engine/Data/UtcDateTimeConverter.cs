using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Flowserv.Engine.Data;

/// <summary>SQLite forgets <see cref="DateTimeKind"/>; every stored time is UTC, so say so on the way back.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
