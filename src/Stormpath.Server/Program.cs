using Stormpath.Server.Hosting;

return await ServerCommand.RunAsync(args);
