using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Multipolar.Cli.Parsing;

/// <summary>A command with example command lines, which <see cref="HelpWithExamples"/> prints under its help.</summary>
internal sealed class DocumentedCommand(string name, string description, IReadOnlyList<string> examples) : Command(name, description)
{
    /// <summary>Example command lines, without the program name.</summary>
    public IReadOnlyList<string> Examples { get; } = examples;
}

/// <summary>System.CommandLine's help, followed by the command's examples.</summary>
internal sealed class HelpWithExamples(HelpAction help) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>Replaces the help action of <paramref name="root"/>'s help option (shared by every subcommand).</summary>
    public static void Install(RootCommand root)
    {
        var option = root.Options.OfType<HelpOption>().Single();
        option.Action = new HelpWithExamples((HelpAction)option.Action!);
    }

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        var code = help.Invoke(parseResult);
        if (parseResult.CommandResult.Command is DocumentedCommand { Examples.Count: > 0 } command)
        {
            var output = parseResult.InvocationConfiguration.Output;
            output.WriteLine("Examples:");
            foreach (var example in command.Examples)
            {
                output.WriteLine($"  multipolar {example}");
            }

            output.WriteLine();
        }

        return code;
    }
}
