using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PlanBot.Connector.Client;
using PlanBot.Connector.Tests.Support;

namespace PlanBot.Connector.Tests.Client;

/// <summary>The upload of an accepted file against a fake OneDrive upload session on loopback.</summary>
public sealed class FileUploadClientTests : IAsyncLifetime
{
    private readonly ConcurrentQueue<(string Method, string? Range, string? Authorization, long? Length, byte[] Body)> _puts = new();
    private int _failFirst;
    private LoopbackServer _oneDrive = null!;

    private Uri UploadUrl => new(_oneDrive.BaseAddress, "personal/user/_api/v2.0/drive/items/01ABC/uploadSession?guid=42");

    public async Task InitializeAsync() => _oneDrive = await LoopbackServer.StartAsync(app => app.MapPut("/personal/user/_api/v2.0/drive/items/01ABC/uploadSession", async (HttpContext context) =>
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        _puts.Enqueue((context.Request.Method, context.Request.Headers.ContentRange, context.Request.Headers.Authorization, context.Request.ContentLength, body.ToArray()));
        if (Interlocked.Decrement(ref _failFirst) >= 0)
        {
            return Results.StatusCode(503);
        }

        return Results.Json(new { id = "01ABC", name = "board.xlsx" }, statusCode: 201);
    }));

    public async Task DisposeAsync() => await _oneDrive.DisposeAsync();

    [Fact]
    public async Task Upload_AllowedHost_PutsTheBytesInOneRangeWithoutTheBotsToken()
    {
        await using var services = ConnectorServices.Create(Settings());
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)i).ToArray();

        var result = await services.Services.GetRequiredService<IFileUploadClient>().UploadAsync(UploadUrl, bytes, CancellationToken.None);

        Assert.True(result.Succeeded, result.Error?.ToString());
        var put = Assert.Single(_puts);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("bytes 0-69999/70000", put.Range);
        Assert.Equal(70_000, put.Length);
        Assert.Null(put.Authorization);
        Assert.Equal(bytes, put.Body);
        Assert.Empty(services.Tokens.Received);
    }

    [Fact]
    public async Task Upload_ServiceUnavailableOnce_IsRetriedWithTheSameBytes()
    {
        _failFirst = 1;
        await using var services = ConnectorServices.Create(Settings());

        var result = await services.Services.GetRequiredService<IFileUploadClient>().UploadAsync(UploadUrl, "xlsx"u8.ToArray(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal(2, _puts.Count);
        Assert.All(_puts, p => Assert.Equal("xlsx"u8.ToArray(), p.Body));
    }

    [Theory]
    [InlineData("https://contoso.example.com/upload", "not on the upload allow-list")]
    [InlineData("http://contoso-my.sharepoint.com/upload", "not https")]
    public async Task Upload_UrlOffTheAllowList_IsRefusedBeforeSending(string url, string reason)
    {
        await using var services = ConnectorServices.Create(ConnectorServices.DefaultSettings());

        var result = await services.Services.GetRequiredService<IFileUploadClient>().UploadAsync(new Uri(url), "x"u8.ToArray(), CancellationToken.None);

        Assert.Equal(ConnectorErrorKind.UntrustedServiceUrl, result.Error?.Kind);
        Assert.Contains(reason, result.Error?.Message, StringComparison.Ordinal);
        Assert.Empty(_puts);
    }

    [Fact]
    public async Task Upload_InLocalMode_GoesToLoopbackOnly()
    {
        await using var services = ConnectorServices.Create(new Dictionary<string, string?> { ["PlanBot:LocalMode"] = "true" });
        var client = services.Services.GetRequiredService<IFileUploadClient>();

        var elsewhere = await client.UploadAsync(new Uri("https://contoso-my.sharepoint.com/upload"), "x"u8.ToArray(), CancellationToken.None);
        var loopback = await client.UploadAsync(UploadUrl, "x"u8.ToArray(), CancellationToken.None);

        Assert.Contains("loopback only", elsewhere.Error?.Message, StringComparison.Ordinal);
        Assert.True(loopback.Succeeded);
        Assert.Single(_puts);
    }

    /// <summary>A bot with credentials whose upload allow-list names the fake OneDrive's host.</summary>
    private static Dictionary<string, string?> Settings()
    {
        var settings = ConnectorServices.DefaultSettings();
        settings["BotConnector:AllowedUploadHosts:0"] = "127.0.0.1";
        return settings;
    }
}
