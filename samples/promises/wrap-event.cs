var door = new Door();
Task<string> firstOpening = WaitForOpenedAsync(door);

Task visitors = Task.Run(async () =>
{
    await Task.Delay(100);
    door.Open("badge 42");
    door.Open("badge 7"); // nobody is waiting any more
});

Console.WriteLine($"door first opened by {await firstOpening}");
await visitors;
Console.WriteLine($"handlers still subscribed: {door.SubscriberCount}");

static Task<string> WaitForOpenedAsync(Door door)
{
    var opened = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
    EventHandler<string>? handler = null;
    handler = (_, openedBy) =>
    {
        door.Opened -= handler; // one-shot: unsubscribe so the door does not keep us alive
        opened.TrySetResult(openedBy);
    };
    door.Opened += handler;
    return opened.Task;
}

class Door
{
    public event EventHandler<string>? Opened;
    public void Open(string openedBy) => Opened?.Invoke(this, openedBy);
    public int SubscriberCount => Opened?.GetInvocationList().Length ?? 0;
}
