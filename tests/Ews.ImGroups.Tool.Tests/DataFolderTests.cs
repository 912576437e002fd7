using Ews.ImGroups.Host.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace Ews.ImGroups.Tool.Tests;

/// <summary>The store lands in the working directory's data folder unless something other than the bundled settings names one.</summary>
public sealed class DataFolderTests
{
    [Fact]
    public void Bundled_settings_store_is_replaced_by_the_data_folder_under_the_working_directory()
    {
        var builder = Builder();
        builder.Configuration.GetConnectionString(StorageSetup.ConnectionStringName).Should().Be("Data Source=data/imgroups.db", "the bundled appsettings.json names it");

        DataFolder.ApplyDefault(builder);

        builder.Configuration.GetConnectionString(StorageSetup.ConnectionStringName)
            .Should().Be($"Data Source={Path.Combine(Environment.CurrentDirectory, "ews-imgroups-data", "imgroups.db")}");
    }

    [Fact]
    public void Store_named_by_another_source_is_kept()
    {
        var builder = Builder();
        builder.Configuration.AddInMemoryCollection([new(StorageSetup.ConnectionStringKey, "Data Source=/elsewhere/imgroups.db")]);

        DataFolder.ApplyDefault(builder);

        builder.Configuration.GetConnectionString(StorageSetup.ConnectionStringName).Should().Be("Data Source=/elsewhere/imgroups.db");
    }

    private static WebApplicationBuilder Builder() =>
        WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
}
