using System.Security.Cryptography;

byte[][] uploads = [.. Enumerable.Range(1, 6).Select(MakeUpload)];
string[] checksums = new string[uploads.Length];

// Blocks this thread until every iteration is done; the calling thread helps out.
ParallelLoopResult result = Parallel.For(0, uploads.Length, i =>
{
    checksums[i] = Convert.ToHexString(SHA256.HashData(uploads[i]))[..12];
});

Console.WriteLine($"loop completed: {result.IsCompleted}");
for (int i = 0; i < checksums.Length; i++)
    Console.WriteLine($"upload {i + 1}: {checksums[i]}");

// Deterministic fake file contents: 1 MB per upload.
static byte[] MakeUpload(int seed)
{
    var bytes = new byte[1024 * 1024];
    new Random(seed).NextBytes(bytes);
    return bytes;
}
