await foreach (var n in new Countdown(3)) Console.WriteLine(n);

// The same loop, expanded the way the compiler expands await foreach:
IAsyncEnumerator<int> e = new Countdown(2).GetAsyncEnumerator();
try
{
    while (await e.MoveNextAsync()) Console.WriteLine(e.Current);
}
finally { await e.DisposeAsync(); }

sealed class Countdown(int start) : IAsyncEnumerable<int>
{
    public IAsyncEnumerator<int> GetAsyncEnumerator(CancellationToken token = default) =>
        new Enumerator(start, token);

    sealed class Enumerator(int start, CancellationToken token) : IAsyncEnumerator<int>
    {
        int _next = start;
        public int Current { get; private set; }

        public async ValueTask<bool> MoveNextAsync()
        {
            if (_next == 0) return false;
            await Task.Delay(50, token);
            Current = _next--;
            return true;
        }

        public ValueTask DisposeAsync()
        {
            Console.WriteLine("enumerator disposed");
            return ValueTask.CompletedTask;
        }
    }
}
