#:package Microsoft.Data.Sqlite@10.0.11
using Microsoft.Data.Sqlite;

await using var connection = new SqliteConnection("Data Source=:memory:");
await connection.OpenAsync();

await using (var create = connection.CreateCommand())
{
    create.CommandText = "CREATE TABLE books (id INTEGER PRIMARY KEY, title TEXT, year INTEGER)";
    await create.ExecuteNonQueryAsync();
}

foreach (var (title, year) in new[] { ("Dune", 1965), ("Neuromancer", 1984), ("Hyperion", 1989) })
{
    await using var insert = connection.CreateCommand();
    insert.CommandText = "INSERT INTO books (title, year) VALUES ($title, $year)";
    insert.Parameters.AddWithValue("$title", title);   // parameters, never string concatenation
    insert.Parameters.AddWithValue("$year", year);
    int rows = await insert.ExecuteNonQueryAsync();
    Console.WriteLine($"inserted {title}: {rows} row");
}

await using var query = connection.CreateCommand();
query.CommandText = "SELECT title, year FROM books WHERE year > $after ORDER BY year";
query.Parameters.AddWithValue("$after", 1980);
await using SqliteDataReader reader = await query.ExecuteReaderAsync();
while (await reader.ReadAsync())
    Console.WriteLine($"{reader.GetString(0)} ({reader.GetInt32(1)})");
