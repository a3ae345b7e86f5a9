var requestId = new AsyncLocal<string?>();
requestId.Value = "outer";

#region restored
Task handling = HandleAsync();
Console.WriteLine($"caller, as soon as the call returned: {requestId.Value}");
await handling;
Console.WriteLine($"caller, after awaiting it: {requestId.Value}");
#endregion

#region captured
Task<string?> queued = Task.Run<string?>(() => requestId.Value);
Console.WriteLine($"Task.Run, queued normally, sees: {await queued}");

Task<string?> suppressed;
using (ExecutionContext.SuppressFlow())
{
    suppressed = Task.Run<string?>(() => requestId.Value);
}
Console.WriteLine($"Task.Run, queued under SuppressFlow, sees: {await suppressed ?? "null"}");
#endregion

async Task HandleAsync()
{
    requestId.Value = "inner";
    await Task.Delay(200);
    Console.WriteLine($"HandleAsync, after its await: {requestId.Value}");
}
