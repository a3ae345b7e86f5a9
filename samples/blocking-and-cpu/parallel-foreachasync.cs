string[] cities = ["Oslo", "Lima", "Pune", "Kyiv", "Nuuk", "Rome"];
var forecasts = new string[cities.Length];
Lock gate = new();
int running = 0, peak = 0;

var options = new ParallelOptions { MaxDegreeOfParallelism = 2 };
await Parallel.ForEachAsync(Enumerable.Range(0, cities.Length), options, async (i, token) =>
{
    lock (gate) peak = Math.Max(peak, ++running);
    forecasts[i] = await FetchForecastAsync(cities[i], token);
    lock (gate) running--;
});

Console.WriteLine($"at most {peak} fetches ran at once");
foreach (string forecast in forecasts) Console.WriteLine(forecast);

static async Task<string> FetchForecastAsync(string city, CancellationToken token)
{
    await Task.Delay(200, token);
    return $"{city}: {city.Length * 4 + city[0] % 10} °C";
}
