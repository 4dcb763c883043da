using System.CommandLine;
using Dyad.Cli;
using Dyad.Cli.Commands;

var root = new RootCommand("Dyad: who did what to whom — CAMEO event data from dated news stories.");
root.Subcommands.Add(CodeCommand.Create());
root.Subcommands.Add(EvalCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(ActorsCommand.Create());
root.Subcommands.Add(TrainCommand.Create());
root.Subcommands.Add(NlpEvalCommand.Create());
root.Subcommands.Add(QueryCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(PlacesCommand.Create());
root.Subcommands.Add(CodebookEvalCommand.Create());
root.Subcommands.Add(WatchCommand.Create());
root.Subcommands.Add(ClusterCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(BenchCommand.Create());

return Cli.Run(root, args);
