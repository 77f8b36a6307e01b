using Stormpath.Identity.Sample;

return await SampleApp.RunAsync(args);
