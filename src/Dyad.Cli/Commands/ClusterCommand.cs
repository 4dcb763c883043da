using System.CommandLine;
using System.Net;
using System.Runtime.InteropServices;
using Dyad.Cluster;
using Dyad.Cluster.Silo;
using Dyad.Cluster.Submitting;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad cluster silo|submit</c>: code a corpus on many machines (Orleans silos over one PostgreSQL).</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var command = new Command("cluster", "Code a corpus on many machines: silos join a cluster in PostgreSQL; submit hands them shards.");
        command.Subcommands.Add(Silo());
        command.Subcommands.Add(Submit());
        return command;
    }

    private static Option<string> StoreOption() => new("--store", "-s")
    {
        Description = "PostgreSQL connection string (Host=…;Database=…): events, jobs and the cluster's membership live there.",
        Required = true,
    };

    private static Option<string> ClusterIdOption() => new("--cluster-id")
    {
        Description = "Silos and submitters with the same id form one cluster.",
        DefaultValueFactory = _ => ClusterSettings.DefaultClusterId,
    };

    private static Command Silo()
    {
        var store = StoreOption();
        var clusterId = ClusterIdOption();
        var address = new Option<string>("--address") { Description = "Address this silo listens on and is reached at.", DefaultValueFactory = _ => "127.0.0.1" };
        var port = new Option<int>("--port") { Description = "Silo-to-silo port.", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "Port for submitters.", DefaultValueFactory = _ => 30000 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads per shard.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var slots = new Option<int>("--slots") { Description = "Shards coded at once.", DefaultValueFactory = _ => 1 };
        var lease = new Option<int>("--lease-seconds") { Description = "A shard's lease; renewed every third of it. A silo that stops renewing loses its shards after this long, or sooner when the cluster declares it dead.", DefaultValueFactory = _ => 30 };
        var silo = new Command("silo", "Run a silo: join the cluster and code the shards it is given, until Ctrl+C or SIGTERM.")
            { store, clusterId, address, port, gateway, threads, slots, lease };
        silo.SetAction(parse =>
        {
            var settings = Settings(parse.GetValue(store)!, parse.GetValue(clusterId)!);
            if (!IPAddress.TryParse(parse.GetValue(address), out var ip)) throw new UsageException($"--address wants an IP address: '{parse.GetValue(address)}'");
            foreach (var (name, value) in new[] { ("--port", parse.GetValue(port)), ("--gateway-port", parse.GetValue(gateway)) })
                if (value is < 1 or > 65535) throw new UsageException($"{name} wants a port number: {value}");
            if (parse.GetValue(threads) < 1 || parse.GetValue(slots) < 1) throw new UsageException("--threads and --slots must be at least 1");
            if (parse.GetValue(lease) < 3) throw new UsageException("--lease-seconds must be at least 3");

            using var stop = new CancellationTokenSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Cancel(); });
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Cancel(); });
            var log = TextWriter.Synchronized(Console.Error);
            SiloHost.RunAsync(settings, new SiloEndpoint(ip, parse.GetValue(port), parse.GetValue(gateway)), parse.GetValue(threads),
                parse.GetValue(slots), TimeSpan.FromSeconds(parse.GetValue(lease)), log, stop.Token).GetAwaiter().GetResult();
            return Cli.Ok;
        });
        return silo;
    }

    private static Command Submit()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Story files, JSONL files (cut into shards by line), gzipped files, folders. Every silo must see them under the same absolute path.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption();
        var clusterId = ClusterIdOption();
        var shard = new Option<int>("--shard-stories") { Description = "Stories per shard.", DefaultValueFactory = _ => 1_000 };
        var job = new Option<string?>("--job") { Description = "Job id; an existing job is followed to its end instead of submitted again. Default: a new id." };
        var attempts = new Option<int>("--max-attempts") { Description = "Give a shard up after this many failed starts.", DefaultValueFactory = _ => 5 };
        var timeout = new Option<int>("--timeout") { Description = "Fail when the job is not done after this many seconds (0: no limit).", DefaultValueFactory = _ => 0 };
        var submit = new Command("submit", "Cut a corpus into shards, hand them to the cluster's silos, report progress until all are coded.")
            { paths, store, clusterId, shard, job, attempts, timeout };
        submit.SetAction(parse =>
        {
            var settings = Settings(parse.GetValue(store)!, parse.GetValue(clusterId)!);
            var inputs = parse.GetValue(paths)!;
            foreach (var p in inputs)
                if (!File.Exists(p) && !Directory.Exists(p)) throw new UsageException(DyadErrors.Format(DyadErrors.PathNotFound, p));
            if (parse.GetValue(shard) < 1 || parse.GetValue(attempts) < 1) throw new UsageException("--shard-stories and --max-attempts must be at least 1");
            if (parse.GetValue(timeout) < 0) throw new UsageException("--timeout cannot be negative");
            var jobId = parse.GetValue(job) ?? $"job-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid().ToString("N")[..6]}";
            var options = new SubmitOptions(parse.GetValue(shard), parse.GetValue(attempts),
                parse.GetValue(timeout) > 0 ? TimeSpan.FromSeconds(parse.GetValue(timeout)) : null);

            using var stop = new CancellationTokenSource();
            Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
            var log = TextWriter.Synchronized(Console.Error);
            var result = new JobSubmitter(settings, log).RunAsync(jobId, inputs, options, stop.Token).GetAwaiter().GetResult();
            Console.Error.WriteLine(result.Progress.Summary.ToString());
            return result.Succeeded ? Cli.Ok : Cli.Failed;
        });
        return submit;
    }

    private static ClusterSettings Settings(string store, string clusterId)
    {
        if (!EventStore.IsConnectionString(store))
            throw new UsageException($"--store wants a PostgreSQL connection string (Host=…;Database=…); the cluster cannot share a DuckDB file: '{store}'");
        return new ClusterSettings(store, clusterId);
    }
}
