// With no SynchronizationContext, an await resumes on the thread that completed the awaited task.
var plain = await CompleteFromOwnThreadAsync(TaskCreationOptions.None);
Console.WriteLine($"plain TaskCompletionSource:     ran on the SetResult thread: {plain.OnCompleter}, on a pool thread: {plain.OnPool}");

var queued = await CompleteFromOwnThreadAsync(TaskCreationOptions.RunContinuationsAsynchronously);
Console.WriteLine($"RunContinuationsAsynchronously: ran on the SetResult thread: {queued.OnCompleter}, on a pool thread: {queued.OnPool}");

var before = Thread.CurrentThread;
await Task.CompletedTask;
Console.WriteLine($"awaiting a completed task: still on the same thread: {Thread.CurrentThread == before}");

// Completes a task from a thread of our own (not a pool thread) and reports where the awaiting code resumed.
static async Task<(bool OnCompleter, bool OnPool)> CompleteFromOwnThreadAsync(TaskCreationOptions options)
{
    var source = new TaskCompletionSource(options);
    Task<Thread> resumed = ResumeAfterAsync(source.Task);
    var completer = new Thread(() => source.SetResult());
    completer.Start();
    Thread resumedOn = await resumed;
    return (resumedOn == completer, resumedOn.IsThreadPoolThread);
}

static async Task<Thread> ResumeAfterAsync(Task task)
{
    await task;
    return Thread.CurrentThread;
}
