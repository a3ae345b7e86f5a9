int[] candidates = [.. Enumerable.Range(1_000_000, 200_000)];

#region ordered
int[] firstPrimes = candidates
    .AsParallel()
    .AsOrdered()                 // keep source order in the results
    .Where(IsPrime)
    .Take(5)
    .ToArray();
Console.WriteLine($"first five primes above 1,000,000: {string.Join(", ", firstPrimes)}");
#endregion

#region aggregate
int primeCount = candidates.AsParallel().Count(IsPrime);
long lastDigitSevens = candidates.AsParallel().Where(IsPrime).LongCount(n => n % 10 == 7);
Console.WriteLine($"primes in the range: {primeCount}, of which end in 7: {lastDigitSevens}");
#endregion

static bool IsPrime(int n)
{
    for (int divisor = 2; divisor * divisor <= n; divisor++)
        if (n % divisor == 0) return false;
    return n > 1;
}
