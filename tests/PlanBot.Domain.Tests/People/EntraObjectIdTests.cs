using PlanBot.Domain.People;

namespace PlanBot.Domain.Tests.People;

public sealed class EntraObjectIdTests
{
    [Theory]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("{0F8FAD5B-D9CB-469F-A165-70867728950E}", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("(0f8fad5b-d9cb-469f-a165-70867728950e)", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("0F8FAD5BD9CB469FA16570867728950E", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData("  0f8fad5b-d9cb-469f-a165-70867728950e  ", "0f8fad5b-d9cb-469f-a165-70867728950e")]
    [InlineData(" not-a-guid ", "not-a-guid")]
    [InlineData("   ", null)]
    [InlineData(null, null)]
    public void Normalize_AnyWayOfWritingIt_GivesOneForm(string? written, string? expected)
    {
        Assert.Equal(expected, EntraObjectId.Normalize(written));
    }
}
