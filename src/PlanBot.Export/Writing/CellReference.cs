using System.Globalization;

namespace PlanBot.Export.Writing;

/// <summary>A1-style references: column letters from a 1-based column number, and cells and ranges from them.</summary>
internal static class CellReference
{
    private static readonly string[] Letters = Enumerable.Range(1, 64).Select(Column).ToArray();

    public static string ColumnName(int column) => column <= Letters.Length ? Letters[column - 1] : Column(column);

    public static string Cell(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

    public static string Range(int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        $"{Cell(firstColumn, firstRow)}:{Cell(lastColumn, lastRow)}";

    /// <summary>An absolute range on a named sheet, as a chart or defined name refers to it: 'Sheet'!$A$1:$B$2.</summary>
    public static string Absolute(string sheet, int firstColumn, uint firstRow, int lastColumn, uint lastRow) =>
        $"{Quote(sheet)}!${ColumnName(firstColumn)}${firstRow}:${ColumnName(lastColumn)}${lastRow}";

    public static string AbsoluteCell(string sheet, int column, uint row) => $"{Quote(sheet)}!${ColumnName(column)}${row}";

    public static string Quote(string sheet) => $"'{sheet.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string Column(int column)
    {
        var name = string.Empty;
        for (var n = column; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }
}
