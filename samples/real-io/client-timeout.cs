var backend = new HangingBackend();
using var http = new HttpClient(backend)
{
    BaseAddress = new Uri("http://slow.example/"),
    Timeout = TimeSpan.FromMilliseconds(200)
};

try { await http.GetStringAsync("report"); }
catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
{
    Console.WriteLine($"HttpClient.Timeout: {ex.GetType().Name} wrapping {ex.InnerException.GetType().Name}");
}
Console.WriteLine($"the handler saw its token cancelled: {backend.SawCancellation}");

using var userGaveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
try { await http.GetStringAsync("report", userGaveUp.Token); }
catch (TaskCanceledException ex)
{
    Console.WriteLine($"caller's token: {ex.GetType().Name}, timeout: {ex.InnerException is TimeoutException}");
    Console.WriteLine($"userGaveUp.IsCancellationRequested: {userGaveUp.IsCancellationRequested}");
}

class HangingBackend : HttpMessageHandler
{
    public bool SawCancellation { get; private set; }

    protected override async Task<HttpResponseMessage> SendAsync(
        HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken); // a server that never answers
            return new HttpResponseMessage();
        }
        catch (OperationCanceledException) { SawCancellation = true; throw; }
    }
}
