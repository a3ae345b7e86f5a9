#:sdk Microsoft.NET.Sdk.Web
using System.Net.Http.Json;

var builder = WebApplication.CreateBuilder();
builder.WebHost.UseUrls("http://127.0.0.1:0");
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/hello", () => "Hello from the local server");
app.MapGet("/books/{id:int}", (int id) => new Book(id, "Concurrency in Practice", 2006));
await app.StartAsync();

using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };

string greeting = await http.GetStringAsync("/hello");
Console.WriteLine(greeting);

Book? book = await http.GetFromJsonAsync<Book>("/books/7");
Console.WriteLine(book);

using HttpResponseMessage missing = await http.GetAsync("/books/none");
Console.WriteLine($"GET /books/none -> {(int)missing.StatusCode} {missing.StatusCode}");

try { await http.GetStringAsync("/books/none"); }
catch (HttpRequestException ex) { Console.WriteLine($"GetStringAsync threw: {ex.StatusCode}"); }

await app.StopAsync();

record Book(int Id, string Title, int Year);
