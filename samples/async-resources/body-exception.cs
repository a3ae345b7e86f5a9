try
{
    await using var upload = new Upload("photo.jpg");
    await Task.Delay(50);
    throw new IOException("network dropped");
}
catch (IOException e)
{
    Console.WriteLine($"caller caught: {e.Message}");
}

sealed class Upload(string file) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        // No parameter tells DisposeAsync whether the body failed,
        // and nothing it returns can stop the exception.
        await Task.Delay(50);
        Console.WriteLine($"DisposeAsync for {file} ran; it cannot tell success from failure");
    }
}
