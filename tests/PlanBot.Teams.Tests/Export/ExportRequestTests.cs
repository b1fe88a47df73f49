using PlanBot.Teams.Export;

namespace PlanBot.Teams.Tests.Export;

public class ExportRequestTests
{
    [Theory]
    [InlineData("エクスポート", null)]
    [InlineData("Excelで出して", null)]
    [InlineData("excel", null)]
    [InlineData("エクセルで出して。", null)]
    [InlineData("報告書", null)]
    [InlineData("理事会資料", null)]
    [InlineData("2026Q2の報告書", "2026Q2")]
    [InlineData("2026q3 の 報告書", "2026Q3")]
    [InlineData("エクスポート 2026Q3", "2026Q3")]
    [InlineData("2025年度第4四半期の報告書", "2025Q4")]
    [InlineData("2026年度 3Q の報告書", "2026Q3")]
    public void TryRead_ARequest_IsReadWithItsQuarter(string text, string? quarter)
    {
        Assert.True(ExportRequest.TryRead(text, out var read, out var unreadable));
        Assert.Equal(quarter, read?.ToString());
        Assert.Null(unreadable);
    }

    [Theory]
    [InlineData("2026Q3の遅延は?")]
    [InlineData("報告書の進捗")]
    [InlineData("エクスポートしたい資料について")]
    [InlineData("産業振興部の進捗")]
    [InlineData("")]
    public void TryRead_AnythingElse_IsNotARequest(string text)
    {
        Assert.False(ExportRequest.TryRead(text, out _, out _));
    }

    [Theory]
    [InlineData("エクスポート 3Q", "3Q")]
    [InlineData("エクスポート 2026Q5", "2026Q5")]
    public void TryRead_ARequestWithAQuarterItCannotRead_SaysWhichText(string text, string unreadable)
    {
        Assert.True(ExportRequest.TryRead(text, out var quarter, out var said));
        Assert.Null(quarter);
        Assert.Equal(unreadable, said);
    }
}
