return Multipolar.Cli.Cli.Run(args);
