Task<string> nameTask = GetUserNameAsync(userId: 7);
Task<int> orderCountTask = CountOrdersAsync(userId: 7);
Task<bool> isPremiumTask = IsPremiumAsync(userId: 7);

// Different result types: wait for all three, then read each one (no further waiting).
await Task.WhenAll(nameTask, orderCountTask, isPremiumTask);
string name = await nameTask;
int orders = await orderCountTask;
bool premium = await isPremiumTask;
Console.WriteLine($"{name}: {orders} orders, premium: {premium}");

static async Task<string> GetUserNameAsync(int userId) { await Task.Delay(200); return $"user{userId}"; }
static async Task<int> CountOrdersAsync(int userId) { await Task.Delay(100); return userId * 3; }
static async Task<bool> IsPremiumAsync(int userId) { await Task.Delay(150); return userId > 5; }
