var stream = new LegacyStream();
ValueTask disposing = stream.DisposeAsync();
Console.WriteLine($"DisposeAsync returned an already-completed ValueTask: {disposing.IsCompleted}");
await disposing;

// Overrides Dispose(bool) but not DisposeAsync, as many streams written before .NET Core 3.0 do.
sealed class LegacyStream : Stream
{
    protected override void Dispose(bool disposing)
    {
        Thread.Sleep(100); // stands in for a blocking flush
        Console.WriteLine($"Dispose({disposing.ToString().ToLowerInvariant()}) ran, blocking, inside the call to DisposeAsync");
        base.Dispose(disposing);
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) { }
}
