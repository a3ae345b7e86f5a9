await ShowWhoRunsTheConsumerAsync("no options", new TaskCompletionSource());
#pragma warning disable CA2247 // deliberately the wrong enum: it binds to the (object? state) constructor
await ShowWhoRunsTheConsumerAsync("TaskContinuationOptions (wrong enum)",
    new TaskCompletionSource(TaskContinuationOptions.RunContinuationsAsynchronously));
#pragma warning restore CA2247
await ShowWhoRunsTheConsumerAsync("TaskCreationOptions",
    new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

static async Task ShowWhoRunsTheConsumerAsync(string label, TaskCompletionSource ready)
{
    Task consumer = ConsumeAsync(ready.Task);
    ready.SetResult();
    Console.WriteLine($"{label}: the consumer had finished when SetResult returned: {consumer.IsCompleted}");
    await consumer;
}

static async Task ConsumeAsync(Task ready)
{
    await ready;
    Thread.Sleep(200); // the consumer's slow work right after waking up
}
