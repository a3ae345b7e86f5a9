var currentJob = new AsyncLocal<string>();

(string Name, Task Task)[] jobs =
[
    ("resize", RunJobAsync("resize", TimeSpan.FromSeconds(0.1))),
    ("upload", RunJobAsync("upload", TimeSpan.FromSeconds(0.3))),
];
await Task.WhenAll(jobs.Select(job => job.Task));

foreach (var (name, task) in jobs)
    Console.WriteLine($"{name}: {task.Status}");

async Task RunJobAsync(string name, TimeSpan duration)
{
    currentJob.Value = name;   // flows into everything this job calls and awaits
    Log("started");
    await Task.Delay(duration);
    Log("finished");
}

// Like asyncio.current_task().get_name(), without passing the name down.
void Log(string message) => Console.WriteLine($"[{currentJob.Value}] {message}");
