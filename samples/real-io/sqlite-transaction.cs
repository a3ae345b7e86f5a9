#:package Microsoft.Data.Sqlite@10.0.11
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();
await ExecuteAsync(connection, null, "CREATE TABLE accounts (name TEXT PRIMARY KEY, balance INTEGER CHECK (balance >= 0))");
await ExecuteAsync(connection, null, "INSERT INTO accounts VALUES ('ada', 100), ('grace', 50)");

#region transaction
await TransferAsync(connection, from: "ada", to: "grace", amount: 30);
try
{
    await TransferAsync(connection, from: "grace", to: "ada", amount: 500); // more than grace has
}
catch (SqliteException ex)
{
    Console.WriteLine($"transfer of 500 failed: {ex.Message}");
}
#endregion

#region streaming
await foreach (var (name, balance) in ReadBalancesAsync(connection))
    Console.WriteLine($"{name}: {balance}");
#endregion

static async Task TransferAsync(SqliteConnection connection, string from, string to, int amount)
{
    await using DbTransaction transaction = await connection.BeginTransactionAsync();
    await ExecuteAsync(connection, transaction, "UPDATE accounts SET balance = balance + $amount WHERE name = $name", amount, to);
    await ExecuteAsync(connection, transaction, "UPDATE accounts SET balance = balance - $amount WHERE name = $name", amount, from);
    await transaction.CommitAsync(); // never reached if an UPDATE throws: disposing rolls back
    Console.WriteLine($"transfer of {amount} committed");
}

// Rows are handed to the caller one at a time, while the reader is still open.
static async IAsyncEnumerable<(string Name, long Balance)> ReadBalancesAsync(SqliteConnection connection,
    [EnumeratorCancellation] CancellationToken token = default)
{
    await using var query = connection.CreateCommand();
    query.CommandText = "SELECT name, balance FROM accounts ORDER BY name";
    await using var reader = await query.ExecuteReaderAsync(token);
    while (await reader.ReadAsync(token))
        yield return (reader.GetString(0), reader.GetInt64(1));
}

static async Task ExecuteAsync(SqliteConnection connection, DbTransaction? transaction, string sql,
    int amount = 0, string name = "")
{
    await using var command = connection.CreateCommand();
    command.Transaction = (SqliteTransaction?)transaction;
    command.CommandText = sql;
    command.Parameters.AddWithValue("$amount", amount);
    command.Parameters.AddWithValue("$name", name);
    await command.ExecuteNonQueryAsync();
}
