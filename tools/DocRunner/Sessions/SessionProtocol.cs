namespace DocRunner.Sessions;

/// <summary>How one submission went: it ran (value and/or console text), it threw, or it did not compile.</summary>
public enum SubmissionKind { Ran, Threw, CompileError }

/// <summary>One submission's display: its console text, then its value, exception or compiler errors, as C# Interactive shows them.</summary>
public sealed record SubmissionResult(SubmissionKind Kind, string Display);

/// <summary>How a whole session ended.</summary>
public enum SessionEnd { Completed, OutputLimit, Failed, Timeout, Crashed }

public sealed record SessionRequest(int Id, IReadOnlyList<string> Submissions, int OutputLimit);

/// <summary>The last message of a session, with the worker's memory right after it (to decide when to recycle it) and its CPU time so far.</summary>
public sealed record SessionFinished(int Id, SessionEnd End, string Detail, long WorkingSet, long ManagedHeap, int LoadedAssemblies, long CpuMs);

/// <summary>
/// Length-prefixed binary messages between DocRunner and a session worker over a Unix socket. DocRunner sends a
/// request; the worker answers with a compiled message once every submission is compiled, one step message per
/// submission as it finishes, then a finished message.
/// </summary>
public static class SessionProtocol
{
    const byte StepTag = 1, FinishedTag = 2, CompiledTag = 3;

    public static void Write(BinaryWriter writer, SessionRequest request)
    {
        writer.Write(request.Id);
        writer.Write(request.Submissions.Count);
        foreach (var code in request.Submissions) writer.Write(code);
        writer.Write(request.OutputLimit);
        writer.Flush();
    }

    public static SessionRequest ReadRequest(BinaryReader reader)
    {
        var id = reader.ReadInt32();
        var submissions = new string[reader.ReadInt32()];
        for (var i = 0; i < submissions.Length; i++) submissions[i] = reader.ReadString();
        return new SessionRequest(id, submissions, reader.ReadInt32());
    }

    public static void WriteStep(BinaryWriter writer, int id, SubmissionResult step)
    {
        writer.Write(StepTag);
        writer.Write(id);
        writer.Write((int)step.Kind);
        writer.Write(step.Display);
        writer.Flush();
    }

    /// <summary>Tells that every submission is compiled and the session starts running: its timeout starts now.</summary>
    public static void WriteCompiled(BinaryWriter writer, int id)
    {
        writer.Write(CompiledTag);
        writer.Write(id);
        writer.Flush();
    }

    public static void WriteFinished(BinaryWriter writer, SessionFinished finished)
    {
        writer.Write(FinishedTag);
        writer.Write(finished.Id);
        writer.Write((int)finished.End);
        writer.Write(finished.Detail);
        writer.Write(finished.WorkingSet);
        writer.Write(finished.ManagedHeap);
        writer.Write(finished.LoadedAssemblies);
        writer.Write(finished.CpuMs);
        writer.Flush();
    }

    /// <summary>Reads the next message: compiled (neither step nor finished), a step, or the finished message.</summary>
    public static (int Id, SubmissionResult? Step, SessionFinished? Finished) ReadMessage(BinaryReader reader)
    {
        var tag = reader.ReadByte();
        var id = reader.ReadInt32();
        return tag switch
        {
            CompiledTag => (id, null, null),
            StepTag => (id, new SubmissionResult((SubmissionKind)reader.ReadInt32(), reader.ReadString()), null),
            FinishedTag => (id, null, new SessionFinished(id, (SessionEnd)reader.ReadInt32(), reader.ReadString(),
                reader.ReadInt64(), reader.ReadInt64(), reader.ReadInt32(), reader.ReadInt64())),
            _ => throw new InvalidDataException($"unknown session message tag {tag}"),
        };
    }
}
