using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;

namespace Triangulate.Storage.Living;

/// <summary>Small helpers for the shared SQL: typed parameters, id lists, instants as Unix milliseconds.</summary>
internal static class Sql
{
    /// <summary>Ids per statement in IN lists: far below either engine's parameter limit.</summary>
    public const int Chunk = 400;

    public static DbCommand Command(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbParameter Add(DbCommand command, string name, object? value, DbType type)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.DbType = type;
        p.Value = value ?? DBNull.Value;
        command.Parameters.Add(p);
        return p;
    }

    public static void Text(DbCommand command, string name, string? value) => Add(command, name, value, DbType.String);

    public static void Long(DbCommand command, string name, long? value) => Add(command, name, value, DbType.Int64);

    public static void Int(DbCommand command, string name, int? value) => Add(command, name, value, DbType.Int32);

    public static void Bytes(DbCommand command, string name, byte[] value) => Add(command, name, value, DbType.Binary);

    /// <summary>"@p0, @p1, …" bound to <paramref name="values"/>.</summary>
    public static string InList<T>(DbCommand command, IReadOnlyList<T> values, string prefix = "@p")
    {
        var sb = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var name = prefix + i.ToString(CultureInfo.InvariantCulture);
            sb.Append(i == 0 ? "" : ", ").Append(name);
            switch (values[i])
            {
                case string s:
                    Text(command, name, s);
                    break;
                case long l:
                    Long(command, name, l);
                    break;
                default:
                    throw new ArgumentException($"unsupported list value {typeof(T).Name}", nameof(values));
            }
        }

        return sb.ToString();
    }

    public static long? Ms(DateTimeOffset? value) => value?.ToUnixTimeMilliseconds();

    public static DateTimeOffset? FromMs(DbDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(ordinal));

    public static string? NullableString(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    public static int? NullableInt(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : Convert.ToInt32(r.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static long GetLong(DbDataReader r, int ordinal) => Convert.ToInt64(r.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static int GetInt(DbDataReader r, int ordinal) => Convert.ToInt32(r.GetValue(ordinal), CultureInfo.InvariantCulture);

    public static async Task<int> ExecuteAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task<long> ScalarLongAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Runs <paramref name="command"/> and maps each row.</summary>
    public static async Task<List<T>> ListAsync<T>(DbCommand command, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using (command.ConfigureAwait(false))
        {
            var result = new List<T>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    result.Add(map(reader));
                }
            }

            return result;
        }
    }

    public static IEnumerable<List<T>> Chunks<T>(IEnumerable<T> values)
    {
        foreach (var chunk in values.Chunk(Chunk))
        {
            yield return [.. chunk];
        }
    }
}
