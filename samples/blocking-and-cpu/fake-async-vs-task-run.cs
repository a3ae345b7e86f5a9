#region fake
Task<int> fake = CountPrimesFakeAsync(500_000);
Console.WriteLine($"fake async: already finished when the call returned: {fake.IsCompleted}");
Console.WriteLine($"  primes below 500,000: {await fake}");
#endregion

#region task-run
Task<int> offloaded = Task.Run(() => CountPrimes(500_000));
Console.WriteLine($"Task.Run: already finished when the call returned: {offloaded.IsCompleted}");
Console.WriteLine($"  primes below 500,000: {await offloaded}");
#endregion

// Looks asynchronous, but does all the work on the caller's thread.
static Task<int> CountPrimesFakeAsync(int limit) => Task.FromResult(CountPrimes(limit));

static int CountPrimes(int limit)
{
    int count = 0;
    for (int n = 2; n < limit; n++)
        if (IsPrime(n)) count++;
    return count;
}

static bool IsPrime(int n)
{
    for (int divisor = 2; divisor * divisor <= n; divisor++)
        if (n % divisor == 0) return false;
    return true;
}
