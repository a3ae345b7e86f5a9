#region exception
var download = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
download.SetException(new InvalidDataException("checksum mismatch"));
try
{
    await download.Task;
}
catch (InvalidDataException ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}: {ex.Message}; status: {download.Task.Status}");
}
#endregion

#region canceled
using var shutdown = new CancellationTokenSource();
shutdown.Cancel();
var lookup = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
lookup.SetCanceled(shutdown.Token);
try
{
    await lookup.Task;
}
catch (OperationCanceledException ex)
{
    Console.WriteLine($"await threw {ex.GetType().Name}; carries our token: {ex.CancellationToken == shutdown.Token}; status: {lookup.Task.Status}");
}
#endregion
