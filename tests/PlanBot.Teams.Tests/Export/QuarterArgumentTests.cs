using PlanBot.Teams.Export;

namespace PlanBot.Teams.Tests.Export;

public sealed class QuarterArgumentTests
{
    [Theory]
    [InlineData("2026Q2", "2026Q2")]
    [InlineData("2026q3", "2026Q3")]
    [InlineData("2026 Q 3", "2026Q3")]
    [InlineData("2025年度第4四半期", "2025Q4")]
    [InlineData("2026年度 第1四半期", "2026Q1")]
    [InlineData("2026年度 3Q", "2026Q3")]
    public void TryRead_AQuarter_IsRead(string argument, string quarter)
    {
        Assert.True(QuarterArgument.TryRead(argument, out var read));
        Assert.Equal(quarter, read.ToString());
    }

    [Theory]
    [InlineData("3Q")]
    [InlineData("2026Q5")]
    [InlineData("2026")]
    [InlineData("第3四半期")]
    [InlineData("2026Q3 全員")]
    [InlineData("20٢٦Q3")]
    [InlineData("")]
    public void TryRead_AnythingElse_IsNoQuarter(string argument)
    {
        Assert.False(QuarterArgument.TryRead(argument, out _));
    }
}
