using Ews.ImGroups.Tool;

return await ToolEntry.RunAsync(args, Console.Out, Console.Error);
