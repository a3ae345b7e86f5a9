namespace DocRunner.Running.Workers;

public enum WorkerMode { Shared, Solo }

public sealed record RunRequest(int Id, string Name, byte[] Assembly, byte[] Pdb, int OutputLimit);

public enum RunEnd { Completed, Threw, OutputLimit }

/// <summary>What a worker reports for one sample. In solo mode the console text travels on the process's own stdout.
/// Spans are the sample's recorded timeline (see <see cref="Timelines.SpanLog.ToWire"/>).</summary>
public sealed record RunReply(int Id, RunEnd End, int ExitCode, string Stdout, string Stderr, string Error, string Spans = "");

/// <summary>Length-prefixed binary messages between DocRunner and its worker processes, over a Unix socket.</summary>
public static class WorkerProtocol
{
    public static void Write(BinaryWriter writer, RunRequest request)
    {
        writer.Write(request.Id);
        writer.Write(request.Name);
        writer.Write(request.Assembly.Length); writer.Write(request.Assembly);
        writer.Write(request.Pdb.Length); writer.Write(request.Pdb);
        writer.Write(request.OutputLimit);
        writer.Flush();
    }

    public static RunRequest ReadRequest(BinaryReader reader) => new(
        reader.ReadInt32(), reader.ReadString(),
        reader.ReadBytes(reader.ReadInt32()), reader.ReadBytes(reader.ReadInt32()), reader.ReadInt32());

    public static void Write(BinaryWriter writer, RunReply reply)
    {
        writer.Write(reply.Id);
        writer.Write((int)reply.End);
        writer.Write(reply.ExitCode);
        writer.Write(reply.Stdout);
        writer.Write(reply.Stderr);
        writer.Write(reply.Error);
        writer.Write(reply.Spans);
        writer.Flush();
    }

    public static RunReply ReadReply(BinaryReader reader) => new(
        reader.ReadInt32(), (RunEnd)reader.ReadInt32(), reader.ReadInt32(),
        reader.ReadString(), reader.ReadString(), reader.ReadString(), reader.ReadString());
}
