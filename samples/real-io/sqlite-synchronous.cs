#:package Microsoft.Data.Sqlite@10.0.11
using Microsoft.Data.Sqlite;

#region completed
await using var connection = new SqliteConnection("Data Source=:memory:");
Task open = connection.OpenAsync();
Console.WriteLine($"OpenAsync:           already completed = {open.IsCompleted}");
await open;

await using var command = connection.CreateCommand();
command.CommandText = "CREATE TABLE notes (text TEXT)";
Task<int> create = command.ExecuteNonQueryAsync();
Console.WriteLine($"ExecuteNonQueryAsync: already completed = {create.IsCompleted}");
await create;

Task realWait = Task.Delay(100); // for comparison: a task that really waits
Console.WriteLine($"Task.Delay(100):      already completed = {realWait.IsCompleted}");
await realWait;
#endregion

#region order
var events = new List<string>();
connection.CreateFunction("trace", (string text) => { events.Add(text); return text; });
command.CommandText = "SELECT trace('query ran')";

Task<object?> pending = command.ExecuteScalarAsync();
events.Add("ExecuteScalarAsync returned its task");
await pending;
events.Add("await finished");
Console.WriteLine(string.Join(" -> ", events));
#endregion
