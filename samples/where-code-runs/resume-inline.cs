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
    Task<(Thread Thread, bool OnPool)> resumed = ResumeAfterAsync(source.Task);
    var completer = new Thread(() => source.SetResult());
    completer.Start();
    var (resumedOn, onPool) = await resumed;
    return (resumedOn == completer, onPool);
}

// Notes the thread while it runs: a thread that has ended can no longer be asked whether it was a pool thread.
static async Task<(Thread Thread, bool OnPool)> ResumeAfterAsync(Task task)
{
    await task;
    return (Thread.CurrentThread, Thread.CurrentThread.IsThreadPoolThread);
}
