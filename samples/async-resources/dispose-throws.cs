try
{
    await using var upload = new Upload("photo.jpg");
    throw new IOException("network dropped");
}
catch (Exception e)
{
    Console.WriteLine($"caller caught {e.GetType().Name}: {e.Message}");
}

sealed class Upload(string file) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Task.Delay(50);
        throw new InvalidOperationException($"could not delete the partial {file}");
    }
}
