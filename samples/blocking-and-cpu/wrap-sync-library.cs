var renderer = new LegacyPdfRenderer();

// The caller, not the library, moves the blocking call off its own thread.
Task<int> render = Task.Run(() => renderer.Render("invoice-42"));

int otherWorkDone = 0;
while (!render.IsCompleted)
{
    await Task.Delay(100); // stands in for handling clicks, requests, timers...
    otherWorkDone++;
}
Console.WriteLine($"caller kept working while the library rendered: {otherWorkDone > 0}");
Console.WriteLine($"rendered {await render} pages");

// A third-party library with only a synchronous API.
sealed class LegacyPdfRenderer
{
    public int Render(string document)
    {
        Thread.Sleep(500); // stands in for heavy CPU work or a blocking driver call
        return document.Length / 4;
    }
}
