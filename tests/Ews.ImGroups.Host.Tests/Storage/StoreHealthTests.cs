#if !POSTGRESQL
using System.Diagnostics;
using System.Net;
using System.Runtime.Versioning;
using Ews.ImGroups.Host.Observability;
using Ews.ImGroups.Host.Storage;
using Ews.ImGroups.Host.Tests.Infrastructure;
using Ews.ImGroups.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Ews.ImGroups.Host.Tests.Storage;

/// <summary>
/// A SQLite store deleted, made read-only or left short of room under a running server: writes are refused with
/// Exchange's store-unavailable fault instead of being acknowledged and lost, and readiness says the server is not ready.
/// </summary>
public sealed class StoreHealthTests : ServerTest
{
    private string StoreFile => Path.Combine(Server.DataDirectory, "imgroups.db");

    [Fact]
    public async Task Deleted_store_refuses_writes_with_ErrorMailboxStoreUnavailable_and_is_not_ready()
    {
        (await Client.PostAsync(Requests.AddImGroup("Before"))).ResponseCode.Should().Be("NoError");

        foreach (var file in new[] { StoreFile, StoreFile + "-wal", StoreFile + "-shm" })
        {
            File.Delete(file);
        }

        var reply = await Client.PostAsync(Requests.AddImGroup("After"));
        using var ready = await Client.Http.GetAsync(HealthEndpoints.Ready);

        reply.Status.Should().Be(HttpStatusCode.InternalServerError);
        reply.ResponseCode.Should().Be("ErrorMailboxStoreUnavailable");
        ready.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        File.Exists(StoreFile).Should().BeFalse("nothing may create an empty store in its place");
    }

    [SkippableFact]
    public async Task Read_only_store_refuses_writes_with_ErrorMailboxStoreUnavailable_and_is_not_ready()
    {
        (await Client.PostAsync(Requests.AddImGroup("Before"))).ResponseCode.Should().Be("NoError");
        using var ready = await Client.Http.GetAsync(HealthEndpoints.Ready);
        ready.StatusCode.Should().Be(HttpStatusCode.OK);

        var protectedFile = await WriteProtectAsync(StoreFile);
        try
        {
            using var notReady = await Client.Http.GetAsync(HealthEndpoints.Ready);
            var reply = await Client.PostAsync(Requests.AddImGroup("After"));

            notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
            reply.Status.Should().Be(HttpStatusCode.InternalServerError);
            reply.ResponseCode.Should().Be("ErrorMailboxStoreUnavailable");
        }
        finally
        {
            await protectedFile.DisposeAsync();
        }

        using var readyAgain = await Client.Http.GetAsync(HealthEndpoints.Ready);
        readyAgain.StatusCode.Should().Be(HttpStatusCode.OK, "the store is writable again");
    }

    [Fact]
    public async Task Volume_short_of_room_refuses_writes_and_is_not_ready_until_room_is_back()
    {
        var volume = new SettableVolume(long.MaxValue);
        using var server = new EwsServer(services: s => s.AddSingleton<StoreVolume>(volume));
        using var client = server.CreateEwsClient(Users.Alice);
        (await client.PostAsync(Requests.AddImGroup("Before"))).ResponseCode.Should().Be("NoError");

        volume.Free = StoreOptions.DefaultMinimumFreeBytes - 1;
        using var notReady = await client.Http.GetAsync(HealthEndpoints.Ready);
        var refused = await client.PostAsync(Requests.AddImGroup("While full"));
        var read = await client.PostAsync(Requests.GetImItemList());

        volume.Free = StoreOptions.DefaultMinimumFreeBytes;
        using var readyAgain = await client.Http.GetAsync(HealthEndpoints.Ready);
        var written = await client.PostAsync(Requests.AddImGroup("After"));

        notReady.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        refused.Status.Should().Be(HttpStatusCode.InternalServerError);
        refused.ResponseCode.Should().Be("ErrorMailboxStoreUnavailable");
        read.ResponseCode.Should().Be("NoError", "reads need no room");
        readyAgain.StatusCode.Should().Be(HttpStatusCode.OK);
        written.ResponseCode.Should().Be("NoError");
    }

    /// <summary>
    /// Makes the file read-only until disposed. File modes do not stop root, so root marks it immutable instead, which
    /// needs chattr and the right to use it; without them the test is skipped, saying so.
    /// </summary>
    private static async Task<IAsyncDisposable> WriteProtectAsync(string file)
    {
        if (!OperatingSystem.IsWindows() && Environment.UserName != "root")
        {
            return ReadOnlyByMode(file);
        }

        var (exitCode, output) = await ChattrAsync("+i", file);
        Skip.If(exitCode != 0, $"File modes do not protect a file from root (or on Windows), and 'chattr +i' is not available here: {output}");
        return new Undo(() => ChattrAsync("-i", file).GetAwaiter().GetResult());
    }

    [UnsupportedOSPlatform("windows")]
    private static Undo ReadOnlyByMode(string file)
    {
        var mode = File.GetUnixFileMode(file);
        File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        return new Undo(() => File.SetUnixFileMode(file, mode));
    }

    private static async Task<(int ExitCode, string Output)> ChattrAsync(string flag, string file)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [flag, file]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, error);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, e.Message);
        }
    }

    /// <summary>A volume whose free room the test sets.</summary>
    private sealed class SettableVolume(long free) : StoreVolume
    {
        private long free = free;

        public long Free
        {
            get => Interlocked.Read(ref free);
            set => Interlocked.Exchange(ref free, value);
        }

        public override long? FreeBytes(string folder) => Free;
    }

    private sealed class Undo(Action undo) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            undo();
            return ValueTask.CompletedTask;
        }
    }
}
#endif
