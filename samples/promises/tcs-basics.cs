var reply = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);

Task consumer = PrintReplyAsync(reply.Task);

await Task.Delay(100); // the reply arrives later, from somewhere else
Console.WriteLine("producer: the reply is here, completing the promise");
reply.SetResult("pong");

await consumer;

static async Task PrintReplyAsync(Task<string> replyTask)
{
    Console.WriteLine("consumer: waiting for the reply");
    string text = await replyTask;
    Console.WriteLine($"consumer: got {text}");
}
