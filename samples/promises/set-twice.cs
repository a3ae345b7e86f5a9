#region set-twice
var answer = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
answer.SetResult(1);
try
{
    answer.SetResult(2);
}
catch (InvalidOperationException ex)
{
    Console.WriteLine($"second SetResult threw: {ex.Message}");
}
#endregion

#region try-set
// A reply and a timeout race to complete the same promise; whoever comes second gets false.
var response = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
Task<bool> replyWon = Task.Run(async () =>
{
    await Task.Delay(100);
    return response.TrySetResult("200 OK");
});
Task<bool> timeoutWon = Task.Run(async () =>
{
    await Task.Delay(300);
    return response.TrySetException(new TimeoutException("no reply in time"));
});
Console.WriteLine($"response: {await response.Task}");
Console.WriteLine($"TrySetResult returned {await replyWon}, TrySetException returned {await timeoutWon}");
#endregion
