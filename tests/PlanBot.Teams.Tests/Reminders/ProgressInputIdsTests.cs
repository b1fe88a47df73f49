using CsCheck;
using PlanBot.Domain.Plans;
using PlanBot.Teams.Reminders;

namespace PlanBot.Teams.Tests.Reminders;

public sealed class ProgressInputIdsTests
{
    [Theory]
    [InlineData(ProgressInputField.Status, "5-2", "status:5-2")]
    [InlineData(ProgressInputField.Percent, "12-1", "percent:12-1")]
    [InlineData(ProgressInputField.Comment, "22-5", "comment:22-5")]
    public void For_FieldAndKey_WritesStableId(ProgressInputField field, string key, string id)
    {
        Assert.Equal(id, ProgressInputIds.For(field, key));
    }

    [Fact]
    public void TryParse_AnyIdWritten_ReadsBackFieldAndKey()
    {
        Gen.Select(Gen.Int[1, 999], Gen.Int[1, 99], Gen.Enum<ProgressInputField>())
            .Sample((initiative, index, field) =>
            {
                var key = SubTheme.FormatKey(initiative, index);
                var id = ProgressInputIds.For(field, key);

                return ProgressInputIds.TryParse(id, out var parsedField, out var parsedKey)
                    && parsedField == field
                    && parsedKey == key;
            });
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("cycleId")]
    [InlineData("status")]
    [InlineData("status:")]
    [InlineData(":5-2")]
    [InlineData("Status:5-2")]
    [InlineData("owner:5-2")]
    [InlineData("status:5")]
    [InlineData("status:5-")]
    [InlineData("status:-2")]
    [InlineData("status:0-1")]
    [InlineData("status:05-2")]
    [InlineData("status:5-2-1")]
    [InlineData("status:5-2 ")]
    [InlineData("status:５-２")]
    public void TryParse_NotAnInputId_False(string? id)
    {
        Assert.False(ProgressInputIds.TryParse(id, out _, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("5")]
    [InlineData("a-b")]
    [InlineData("5-2:x")]
    public void For_NotASubThemeKey_Throws(string key)
    {
        Assert.Throws<ArgumentException>(() => ProgressInputIds.Status(key));
    }
}
