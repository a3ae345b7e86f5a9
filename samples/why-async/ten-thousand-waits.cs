using System.Diagnostics;
using System.Globalization;

const int requests = 10_000;
long bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
var stopwatch = Stopwatch.StartNew();

var pending = new Task<int>[requests];
for (int i = 0; i < requests; i++)
    pending[i] = HandleRequestAsync(i);

long bytesPerWait = (GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / requests;
int[] results = await Task.WhenAll(pending);
TimeSpan elapsed = stopwatch.Elapsed;

// Formatted with the invariant culture, so that the thousands separator is a comma for every reader.
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{results.Length} requests answered within 3 s (one after another: {requests / 2:N0} s): {elapsed < TimeSpan.FromSeconds(3)}"));
Console.WriteLine($"memory per waiting request under 1 KB: {bytesPerWait < 1024}");

// Each request waits half a second for a slow dependency, without holding a thread.
static async Task<int> HandleRequestAsync(int id)
{
    await Task.Delay(500);
    return id;
}
