using System.Runtime.CompilerServices;

// By hand, what the compiler makes of:
//     async Task<int> AddAsync() { int a = await GetAsync(1); int b = await GetAsync(2); return a + b; }
var machine = new AddStateMachine { Builder = AsyncTaskMethodBuilder<int>.Create(), State = -1 };
machine.Builder.Start(ref machine); // runs MoveNext at once, up to the first await that must wait
Task<int> task = machine.Builder.Task;
Console.WriteLine($"Start returned; task completed: {task.IsCompleted}");
Console.WriteLine($"result: {await task}");

struct AddStateMachine : IAsyncStateMachine
{
    public AsyncTaskMethodBuilder<int> Builder;
    public int State;          // -1 running, 0 or 1 suspended at that await, -2 finished
    int a;                     // a local that lives across an await becomes a field
    TaskAwaiter<int> awaiter;

    public void MoveNext()
    {
        Console.WriteLine($"  MoveNext in state {State}");
        try
        {
            if (State == -1)
            {
                awaiter = GetAsync(1).GetAwaiter();
                if (!awaiter.IsCompleted) { State = 0; Builder.AwaitUnsafeOnCompleted(ref awaiter, ref this); return; }
            }
            if (State is -1 or 0)
            {
                a = awaiter.GetResult();
                awaiter = GetAsync(2).GetAwaiter();
                if (!awaiter.IsCompleted) { State = 1; Builder.AwaitUnsafeOnCompleted(ref awaiter, ref this); return; }
            }
            int b = awaiter.GetResult();
            State = -2;
            Builder.SetResult(a + b);
        }
        catch (Exception ex) { State = -2; Builder.SetException(ex); }
    }

    public void SetStateMachine(IAsyncStateMachine stateMachine) => Builder.SetStateMachine(stateMachine);

    static async Task<int> GetAsync(int n) { await Task.Delay(100); return n * 10; }
}
