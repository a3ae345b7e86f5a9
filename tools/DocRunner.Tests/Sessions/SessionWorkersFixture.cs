using DocRunner.Sessions;

namespace DocRunner.Tests.Sessions;

/// <summary>One session pool shared by the tests that run real sessions in worker processes (they run one after another).</summary>
public sealed class SessionWorkersFixture : IAsyncLifetime
{
    public string Scratch { get; } = Directory.CreateTempSubdirectory("docrunner-sessions-test-").FullName;
    public SessionPool Pool { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Pool = new SessionPool(Scratch, workers: 1);
        return Task.CompletedTask;
    }

    /// <summary>Runs the submissions as one session and returns what each displayed, its lines as a page would show them joined by \n.</summary>
    public async Task<string[]> Display(params string[] submissions)
    {
        var outcome = await Pool.RunAsync(submissions, TimeSpan.FromSeconds(30));
        Assert.True(outcome.End == SessionEnd.Completed, $"{outcome.End}: {outcome.Detail}");
        return [.. outcome.Steps.Select(s => string.Join("\n", Comparing.OutputText.Lines(s.Display)))];
    }

    public async Task DisposeAsync()
    {
        await Pool.DisposeAsync();
        try { Directory.Delete(Scratch, recursive: true); } catch (IOException) { }
    }
}

/// <summary>
/// Tests that start session workers: they share one pool and run alone, after the parallel tests, so that their
/// CPU use (200 sessions in the memory test) does not slow other tests' samples into their timeouts.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SessionWorkersCollection : ICollectionFixture<SessionWorkersFixture>
{
    public const string Name = "session workers";
}
