using System.Reflection;
using System.Runtime.CompilerServices;

MethodInfo save = typeof(Orders).GetMethod(nameof(Orders.SaveAsync))!;
Type machine = save.GetCustomAttribute<AsyncStateMachineAttribute>()!.StateMachineType;

Console.WriteLine($"implements IAsyncStateMachine: {typeof(IAsyncStateMachine).IsAssignableFrom(machine)}");
Console.WriteLine($"marked [CompilerGenerated]: {machine.IsDefined(typeof(CompilerGeneratedAttribute))}");
Console.WriteLine($"nested inside Orders: {machine.DeclaringType == typeof(Orders)}");

var fieldTypes = machine.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
    .Select(field => field.FieldType.Name)
    .Order();
Console.WriteLine($"field types: {string.Join(", ", fieldTypes)}");

static class Orders
{
    public static async Task SaveAsync(string order)
    {
        await Task.Delay(100);
        Console.WriteLine($"saved {order}");
    }
}
