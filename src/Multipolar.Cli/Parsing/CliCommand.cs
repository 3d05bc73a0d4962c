using System.CommandLine;

namespace Multipolar.Cli.Parsing;

/// <summary>
/// A <c>multipolar</c> command: declares its <typeparamref name="TSettings"/>, reads them from the command line,
/// validates them and runs. Derive from <see cref="CliCommand{TSettings}"/> or <see cref="AsyncCliCommand{TSettings}"/>.
/// </summary>
/// <typeparam name="TSettings">The command's options and arguments.</typeparam>
public abstract class CommandDefinition<TSettings>
    where TSettings : CommandSettings, new()
{
    /// <summary>Runs the command with valid settings; returns the exit code (0 ok, 1 failed).</summary>
    private protected abstract Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken);

    /// <summary>The System.CommandLine command that parses this command's settings and runs it.</summary>
    /// <param name="name">The command's name on the command line.</param>
    /// <param name="description">One line for the help.</param>
    /// <param name="examples">Example command lines (without the program name), shown under the help.</param>
    internal DocumentedCommand Define(string name, string description, params string[] examples)
    {
        var command = new DocumentedCommand(name, description, examples);
        new TSettings().Declare(command);
        command.SetAction((result, cancellationToken) =>
        {
            var settings = new TSettings();
            settings.Bind(result);
            if (settings.Validate() is { } error)
            {
                throw new ArgumentException(error);
            }

            return RunAsync(settings, cancellationToken);
        });
        return command;
    }
}

/// <summary>A command that runs synchronously (every command but <c>fetch</c>).</summary>
/// <typeparam name="TSettings">The command's options and arguments.</typeparam>
public abstract class CliCommand<TSettings> : CommandDefinition<TSettings>
    where TSettings : CommandSettings, new()
{
    /// <summary>Runs the command; returns the exit code (0 ok, 1 failed).</summary>
    public abstract int Execute(TSettings settings, CancellationToken cancellationToken);

    /// <inheritdoc />
    private protected sealed override Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken) =>
        Task.FromResult(Execute(settings, cancellationToken));
}

/// <summary>A command that awaits I/O (downloads).</summary>
/// <typeparam name="TSettings">The command's options and arguments.</typeparam>
public abstract class AsyncCliCommand<TSettings> : CommandDefinition<TSettings>
    where TSettings : CommandSettings, new()
{
    /// <summary>Runs the command; returns the exit code (0 ok, 1 failed).</summary>
    public abstract Task<int> ExecuteAsync(TSettings settings, CancellationToken cancellationToken);

    /// <inheritdoc />
    private protected sealed override Task<int> RunAsync(TSettings settings, CancellationToken cancellationToken) =>
        ExecuteAsync(settings, cancellationToken);
}
