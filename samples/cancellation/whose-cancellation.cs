using var caller = new CancellationTokenSource(); // the caller never cancels
using var http = new HttpClient(new SlowHandler()) { Timeout = TimeSpan.FromMilliseconds(100) };

#region by-type
try
{
    try { await http.GetStringAsync("http://127.0.0.1/report", caller.Token); }
    catch (Exception ex) when (ex is not OperationCanceledException)
    {
        Console.WriteLine($"handled as a failure: {ex.GetType().Name}");
    }
}
catch (OperationCanceledException ex)
{
    Console.WriteLine($"escaped as a cancellation: {ex.GetType().Name} (inner: {ex.InnerException?.GetType().Name})");
    Console.WriteLine($"did the caller cancel? {caller.IsCancellationRequested}");
}
#endregion

#region by-token
try { await http.GetStringAsync("http://127.0.0.1/report", caller.Token); }
catch (Exception ex) when (!caller.IsCancellationRequested)
{
    Console.WriteLine($"handled as a failure: {ex.GetType().Name} (inner: {ex.InnerException?.GetType().Name})");
}
#endregion

// Stands in for a server that never answers, so HttpClient's own Timeout fires.
sealed class SlowHandler : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken token)
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    }
}
