using PlanBot.Domain.Digest;

namespace PlanBot.Domain.Tests.Digest;

public sealed class PercentTests
{
    [Theory]
    [InlineData(1, 6, 17)]
    [InlineData(5, 8, 63)]
    [InlineData(4, 6, 67)]
    [InlineData(1, 3, 33)]
    [InlineData(1, 2, 50)]
    [InlineData(199, 200, 99)] // 99.5 would round to 100: not everyone has answered
    [InlineData(1, 201, 1)] // 0.5 would round to 0: someone has
    [InlineData(1, 1000, 1)]
    [InlineData(0, 6, 0)]
    [InlineData(6, 6, 100)]
    public void Of_RoundsHonestly(int part, int whole, int expected)
    {
        Assert.Equal(expected, Percent.Of(part, whole));
    }

    [Fact]
    public void Of_NothingAsked_IsNull()
    {
        Assert.Null(Percent.Of(0, 0));
    }
}
