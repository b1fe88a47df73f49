using System.Globalization;
using System.Text;
using PlanBot.Domain.Calendar;
using PlanBot.Domain.Export;
using PlanBot.Domain.Plans;
using PlanBot.Domain.Progress;

namespace PlanBot.ExportBench;

/// <summary>
/// The baseline: the same cells as the workbook's four sheets (titles, headings, every row and value, the plan items
/// and owner lists as the workbook writes them), as UTF-8 CSV, one table after another, quoted as RFC 4180 says.
/// No styles, no shared strings, no zip, no chart: what any export of this content must at least do.
/// </summary>
internal static class CsvBoardPaper
{
    public static void Write(BoardPaper paper, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 65_536, leaveOpen: true);
        Line(writer, $"{paper.PlanTitle} 進捗状況（{paper.Quarter.ToJapanese()}）");
        Line(writer, "番号", "具体的取組", "取組項目", "担当部署", "担当者", "アクションプラン", "到達目標・KGI", "状況", "進捗率", "コメント", "報告者", "報告日", "前期", "推移");
        foreach (var strategy in paper.Strategies)
        {
            Line(writer, $"重点戦略{strategy.Number}. {strategy.Title}");
            foreach (var row in strategy.Rows)
            {
                var report = row.Report;
                Line(
                    writer,
                    row.Number, row.InitiativeTitle, row.SubThemeLabel, row.Department, Owners(row), Items(row.Actions), Items(row.Kgi),
                    row.StatusLabel, report is null ? null : Percent(report.PercentComplete), report?.Comment, row.ReporterName,
                    report is null ? null : JapanTime.ToJapan(report.ReportedAt).ToString("yyyy/MM/dd", CultureInfo.InvariantCulture),
                    row.Previous?.StatusLabel, row.Trend.ToString());
            }
        }

        Line(writer, "集計");
        foreach (var tally in paper.Summary.ByStrategy.Append(paper.Summary.Total).Concat(paper.Summary.ByDepartment).Append(paper.Summary.Total))
        {
            Line(writer, [tally.Label, .. BoardPaperTexts.StatusOrder.Select(s => tally.Counts[s].ToString(CultureInfo.InvariantCulture)), tally.Total.ToString(CultureInfo.InvariantCulture), tally.AnswerRate?.ToString("0%", CultureInfo.InvariantCulture)]);
        }

        Line(writer, "未回答");
        foreach (var waiting in paper.Unanswered)
        {
            Line(writer, waiting.Department, waiting.Person?.Name, waiting.Person?.Email, waiting.Rows.Count.ToString(CultureInfo.InvariantCulture), string.Join('\n', waiting.Rows.Select(r => $"{r.Number} {r.InitiativeTitle} {r.SubThemeLabel}")));
        }

        Line(writer, "履歴");
        foreach (var submission in paper.History)
        {
            var report = submission.Report;
            Line(
                writer,
                JapanTime.ToJapan(report.ReportedAt).ToString("yyyy/MM/dd HH:mm", CultureInfo.InvariantCulture), report.Quarter.ToString(), submission.Row.Number,
                submission.Row.InitiativeTitle, submission.Row.SubThemeLabel, submission.Row.Department, report.Status.ToJapanese(), Percent(report.PercentComplete),
                report.Comment, submission.ReporterName, report.ReporterEmail);
        }
    }

    private static string Owners(BoardPaperRow row) => row.Owners.Count <= 5
        ? string.Join("、", row.Owners.Select(o => o.Name))
        : $"{string.Join("、", row.Owners.Take(5).Select(o => o.Name))} ほか{row.Owners.Count - 5}名";

    private static string Items(IReadOnlyList<PlanItem> items) => string.Join('\n', items.Select(i => new string('\u3000', i.Depth) + i));

    private static string Percent(int percent) => (percent / 100.0).ToString("0%", CultureInfo.InvariantCulture);

    private static void Line(StreamWriter writer, params string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            var cell = cells[i] ?? string.Empty;
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                writer.Write('"');
                writer.Write(cell.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(cell);
            }
        }

        writer.Write("\r\n");
    }
}
